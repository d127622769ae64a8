using System.CommandLine;
using System.Globalization;
using Rasd.Core.Data;
using Rasd.Core.Knowledge;
using Rasd.Storage;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd kb role --country ISO3 --role ROLE --on DATE</c>: who held an office on a day.</summary>
internal static class KbCommand
{
    public static Command Create()
    {
        var kb = new Command("kb", "Query the knowledge base");
        kb.Subcommands.Add(Role());
        kb.Subcommands.Add(ImportCameo());
        return kb;
    }

    /// <summary><c>rasd kb import-cameo FILE --out data/kb/cameo-actors.tsv</c>: converts a PETRARCH actor dictionary.</summary>
    private static Command ImportCameo()
    {
        var file = new Argument<string>("dictionary") { Description = "PETRARCH-format actor dictionary, e.g. ../shared/data/cameo-arabic/actor_dict_ar_v4.txt" };
        var output = new Option<string>("--out") { Description = "Where to write the table", DefaultValueFactory = _ => "data/kb/cameo-actors.tsv" };
        var command = new Command("import-cameo", "Convert a CAMEO actor dictionary into the knowledge base's cameo-actors.tsv") { file, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"rasd: {path}: no such file");
                return 2;
            }
            var (actors, corrected) = Core.Knowledge.Cameo.CameoActorDictionary.Read(File.ReadLines(path));
            await File.WriteAllLinesAsync(parse.GetValue(output)!, CameoTable.Lines(actors, Path.GetFileName(path)), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"{actors.Count} actors, {actors.Sum(a => a.Codes.Count)} codes, {corrected} date ranges corrected → {parse.GetValue(output)}");
            return 0;
        });
        return command;
    }

    private static Command Role()
    {
        var country = new Option<string>("--country") { Description = "ISO 3166 alpha-3 code, e.g. SYR", Required = true };
        var role = new Option<string>("--role") { Description = "head-of-state, head-of-government, foreign-minister, defence-minister, … or an English name such as \"Minister of Foreign Affairs\"", Required = true };
        var on = new Option<string>("--on") { Description = "The day, YYYY-MM-DD", Required = true };
        var format = new Option<string>("--format") { Description = "json (default) or text", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var database = CommonOptions.Database();
        var extra = CommonOptions.KnowledgeBase();

        var command = new Command("role", "Who held a role in a country on a date (knowledge base, else roles observed in analysed texts)")
        {
            country, role, on, format, database, extra,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!DateOnly.TryParseExact(parse.GetValue(on), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                await error.WriteLineAsync($"rasd: --on '{parse.GetValue(on)}' is not a date (YYYY-MM-DD)");
                return 2;
            }
            KnowledgeBase knowledge;
            try
            {
                knowledge = KnowledgeBaseLoader.LoadDefault(parse.GetValue(extra) ?? []);
            }
            catch (DataFileException e)
            {
                await error.WriteLineAsync($"rasd: {e.Message}");
                return 2;
            }
            var iso3 = parse.GetValue(country)!.Trim().ToUpperInvariant();
            var roleId = knowledge.RoleId(parse.GetValue(role)!) ?? parse.GetValue(role)!.Trim();
            var answer = RoleAnswer.FromKb(knowledge, roleId, iso3, day);
            if (answer is null && File.Exists(parse.GetValue(database)))
            {
                await using var store = await SqliteStore.OpenAsync(parse.GetValue(database)!, cancellationToken);
                answer = RoleAnswer.FromObservations(await store.RoleObservationsAsync(roleId, iso3, cancellationToken), day);
            }
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                parse.GetValue(format) == "text" ? RoleAnswer.Text(answer, roleId, iso3, day) : RoleAnswer.Json(answer));
            return 0;
        });
        return command;
    }
}
