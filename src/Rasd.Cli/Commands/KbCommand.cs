using System.CommandLine;
using System.Globalization;
using Rasd.Core.Data;
using Rasd.Core.Knowledge;
using Rasd.Storage.Sqlite;

namespace Rasd.Cli.Commands;

/// <summary><c>rasd kb role --country ISO3 --role ROLE --on DATE</c>: who held an office on a day.</summary>
internal static class KbCommand
{
    public static Command Create()
    {
        var kb = new Command("kb", "Query the knowledge base");
        kb.Subcommands.Add(Role());
        return kb;
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
