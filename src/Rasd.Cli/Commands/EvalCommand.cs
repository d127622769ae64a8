using System.CommandLine;
using System.Globalization;
using Rasd.Core.Evaluation.Gold;
using Rasd.Core.Knowledge;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary>
/// <c>rasd eval gold GOLD.json [--db FILE]</c>: scores the stored analysis against a gold file; beside it
/// <c>eval timeml</c>, <c>eval up</c> and <c>eval ner</c> (the same command as <c>ner eval</c>).
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Measure the analysis against gold data");
        eval.Subcommands.Add(Gold());
        eval.Subcommands.Add(TimeEvalCommand.Create());
        eval.Subcommands.Add(UpEvalCommand.Create());
        eval.Subcommands.Add(NerCommands.CreateEval(name: "ner"));
        return eval;
    }

    private static Command Gold()
    {
        var file = new Argument<string>("gold") { Description = "Gold file, e.g. ../shared/gold/seeds.json" };
        var database = CommonOptions.Database();
        var extra = CommonOptions.KnowledgeBase();
        var command = new Command("gold", "Entity precision/recall per document and role queries, against a gold file of analysed documents")
        {
            file, database, extra,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var gold = GoldFile.Load(parse.GetValue(file)!);
            await using var store = await SqliteStore.OpenAsync(parse.GetValue(database)!, cancellationToken);
            var predicted = await PredictedByDocumentAsync(store, cancellationToken);

            var scores = new List<EntityScore>();
            foreach (var (docId, entities) in gold.Entities)
            {
                var score = EntityScore.Of(entities, predicted.GetValueOrDefault(docId) ?? []);
                scores.Add(score);
                await output.WriteLineAsync(Invariant($"{docId}  entities P {score.Precision:0.00} R {score.Recall:0.00}  ({score.PredictedCorrect}/{score.Predicted} predicted, {score.GoldFound}/{score.Gold} gold)"));
                foreach (var missed in score.Missed)
                {
                    await output.WriteLineAsync($"    missed   {missed}");
                }
                foreach (var spurious in score.Spurious)
                {
                    await output.WriteLineAsync($"    spurious {spurious}");
                }
            }
            var total = EntityScore.Sum(scores);
            await output.WriteLineAsync(Invariant($"entities: precision {total.Precision:0.000}, recall {total.Recall:0.000} ({total.PredictedCorrect}/{total.Predicted}, {total.GoldFound}/{total.Gold})"));

            var kb = KnowledgeBaseLoader.LoadDefault(parse.GetValue(extra) ?? []);
            var right = 0;
            foreach (var role in gold.Roles)
            {
                var roleId = kb.RoleId(role.Role) ?? role.Role;
                var holder = kb.WhoHeld(roleId, role.Country, role.On) is { } term ? kb.Entity(term.PersonId)?.NameEn : null;
                var ok = holder is not null && GoldNames.EnglishKey(holder) == GoldNames.EnglishKey(role.Holder);
                right += ok ? 1 : 0;
                await output.WriteLineAsync(Invariant($"    role {(ok ? "ok   " : "WRONG")} {role.Role} {role.Country} {role.On:yyyy-MM-dd}: {holder ?? "unknown"} (gold {role.Holder})"));
            }
            await output.WriteLineAsync(Invariant($"roles: {right}/{gold.Roles.Count} answered correctly"));
            await WriteEventScoresAsync(output, gold, store, cancellationToken);
            return 0;
        });
        return command;
    }

    /// <summary>Events per document and in total, by the gold file's rules (see <see cref="EventScore"/>).</summary>
    private static async Task WriteEventScoresAsync(TextWriter output, GoldFile gold, IRasdStore store, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<string, List<Rasd.Core.Events.ExtractedEvent>>(StringComparer.Ordinal);
        await foreach (var e in store.ReadEventsAsync(cancellationToken))
        {
            if (!byDocument.TryGetValue(e.DocId, out var list))
            {
                byDocument[e.DocId] = list = [];
            }
            list.Add(e);
        }
        var scores = new List<EventScore>();
        foreach (var (docId, events) in gold.Events)
        {
            var score = EventScore.Of(docId, events, byDocument.GetValueOrDefault(docId) ?? [], gold.ScoredRoots);
            scores.Add(score);
            await output.WriteLineAsync(Invariant($"{docId}  events R {score.Recall:0.00} ({score.RequiredFound}/{score.Required}) P {score.Precision:0.00} ({score.ScoredCorrect}/{score.Scored})"));
            foreach (var line in score.Lines)
            {
                await output.WriteLineAsync("    " + line);
            }
        }
        var total = EventScore.Sum(scores);
        await output.WriteLineAsync(Invariant(
            $"events: recall {total.Recall:0.000}, precision {total.Precision:0.000} ({total.RequiredFound}/{total.Required} required found, {total.ScoredCorrect}/{total.Scored} scored correct); dates {total.DatesRight}/{total.DatesGraded}, places {total.PlacesRight}/{total.PlacesGraded}, duplicates {total.Duplicates}"));
    }

    private static async Task<Dictionary<string, List<PredictedEntity>>> PredictedByDocumentAsync(IRasdStore store, CancellationToken cancellationToken)
    {
        var byDocument = new Dictionary<string, List<PredictedEntity>>(StringComparer.Ordinal);
        await foreach (var entity in store.ReadEntitiesAsync(cancellationToken))
        {
            foreach (var group in entity.Mentions.GroupBy(m => m.DocId, StringComparer.Ordinal))
            {
                if (!byDocument.TryGetValue(group.Key, out var list))
                {
                    byDocument[group.Key] = list = [];
                }
                list.Add(new PredictedEntity(entity.NameEn, entity.Type, [entity.NameAr, .. group.Select(m => m.Text)]));
            }
        }
        // The outlet a document comes from is one of its entities even when only its removed
        // byline or masthead named it.
        await foreach (var document in store.ReadDocumentsAsync(cancellationToken))
        {
            if (document.Outlet is { NameAr: { } nameAr } outlet)
            {
                if (!byDocument.TryGetValue(document.DocId, out var list))
                {
                    byDocument[document.DocId] = list = [];
                }
                if (!list.Any(p => p.Type == "ORG" && p.NameEn == outlet.NameEn))
                {
                    list.Add(new PredictedEntity(outlet.NameEn, "ORG", [nameAr]));
                }
            }
        }
        return byDocument;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
