using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Rasd.Storage.Sqlite;

/// <summary>
/// Brings a database up to the newest schema by running the embedded <c>Migrations/NNNN_name.sql</c>
/// scripts it has not run yet, each in its own transaction, recording them in <c>schema_migrations</c>.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Rasd.Storage.Migrations.";

    /// <summary>The migrations shipped with this build, oldest first.</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Available { get; } = LoadAvailable();

    public static async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))
                """;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new HashSet<int>();
        await using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT version FROM schema_migrations";
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var newest = Available.Count == 0 ? 0 : Available[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new StoreException(
                $"the database has schema version {applied.Max()}, newer than this build of Rasd knows ({newest}); upgrade Rasd");
        }

        foreach (var (version, name, sql) in Available)
        {
            if (applied.Contains(version))
            {
                continue;
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var migrate = connection.CreateCommand())
            {
                migrate.Transaction = transaction;
                migrate.CommandText = sql;
                await migrate.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name) VALUES ($version, $name)";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$name", name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static List<(int, string, string)> LoadAvailable()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        var migrations = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            migrations.Add((version, name, ReadResource(assembly, resource)));
        }
        migrations.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return migrations;
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded migration {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
