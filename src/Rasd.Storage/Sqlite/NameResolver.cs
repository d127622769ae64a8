using Microsoft.Data.Sqlite;
using Rasd.Core.Search;

namespace Rasd.Storage.Sqlite;

/// <summary>
/// Resolves an outlet or entity name typed by a user (in Arabic or English, by id or name) to
/// the ids stored. Comparison is by <see cref="NameKey"/>, so spelling variants meet.
/// </summary>
internal static class NameResolver
{
    public static async Task<IReadOnlyList<string>> OutletIdsAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        var ids = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT outlet_id, outlet_name_en, outlet_name_ar FROM documents WHERE outlet_id IS NOT NULL";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (Matches(reader, key, 0, 1, 2))
            {
                ids.Add(reader.GetString(0));
            }
        }
        return ids;
    }

    /// <summary>
    /// Ids of the entities whose id, English or Arabic name has the name's key; failing that, of
    /// those the texts wrote that way (a mention's text); failing that, of those whose English
    /// name ends with the name ("Lavrov").
    /// </summary>
    public static async Task<IReadOnlyList<string>> EntityIdsAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return [];
        }
        var ids = new List<string>();
        var bySurname = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT entity_id, name_en, name_ar FROM entities";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (Matches(reader, key, 0, 1, 2))
                {
                    ids.Add(reader.GetString(0));
                }
                else if (!reader.IsDBNull(1) && LastWordKey(reader.GetString(1)) == key)
                {
                    bySurname.Add(reader.GetString(0));
                }
            }
        }
        if (ids.Count > 0)
        {
            return ids;
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT entity_id, text FROM mentions";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (NameKey.Of(reader.GetString(1)) == key && !ids.Contains(reader.GetString(0), StringComparer.Ordinal))
                {
                    ids.Add(reader.GetString(0));
                }
            }
        }
        return ids.Count > 0 ? ids : bySurname;
    }

    private static bool Matches(SqliteDataReader reader, string key, params int[] ordinals)
    {
        foreach (var ordinal in ordinals)
        {
            if (!reader.IsDBNull(ordinal) && NameKey.Of(reader.GetString(ordinal)) == key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Key of a name's last word without an "al-" article: Bashar al-Assad → assad.</summary>
    private static string LastWordKey(string name)
    {
        var last = name[(name.LastIndexOf(' ') + 1)..];
        if (last.StartsWith("al-", StringComparison.OrdinalIgnoreCase) || last.StartsWith("el-", StringComparison.OrdinalIgnoreCase))
        {
            last = last[3..];
        }
        return NameKey.Of(last);
    }
}
