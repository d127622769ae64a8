using Microsoft.Data.Sqlite;

namespace Rasd.Storage.Sqlite;

/// <summary>The prepared statements one save transaction reuses for every document of its batch.</summary>
internal sealed class SaveCommands(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
{
    private readonly List<SqliteCommand> _all = [];

    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => transaction;

    public SqliteCommand FindByHash => field ??= Command("SELECT doc_id, analysis_version FROM documents WHERE content_hash = $hash");

    public SqliteCommand IdExists => field ??= Command("SELECT 1 FROM documents WHERE doc_id = $id");

    public SqliteCommand InsertDocument => field ??= Command(
        $"INSERT INTO documents ({DocumentColumns.Names}, analysis_version) VALUES ({DocumentColumns.Parameters}, $analysis_version)");

    // Mentions and observations go with their document (ON DELETE CASCADE).
    public SqliteCommand DeleteDocument => field ??= Command("DELETE FROM documents WHERE doc_id = $id");

    public SqliteCommand DeleteSearch => field ??= Command("DELETE FROM documents_search WHERE doc_id = $id");

    public SqliteCommand InsertSearch => field ??= Command("INSERT INTO documents_search (doc_id, title, body) VALUES ($id, $title, $body)");

    public SqliteCommand UpsertEntity => field ??= Command("""
        INSERT INTO entities (entity_id, type, name_en, name_ar, country) VALUES ($id, $type, $name_en, $name_ar, $country)
        ON CONFLICT (entity_id) DO UPDATE SET type = excluded.type, name_en = excluded.name_en, name_ar = excluded.name_ar, country = excluded.country
        WHERE excluded.name_en IS NOT NULL
        """);

    public SqliteCommand InsertMention => field ??= Command("""
        INSERT OR IGNORE INTO mentions (doc_id, entity_id, start, "end", text, kind) VALUES ($doc, $entity, $start, $end, $text, $kind)
        """);

    public SqliteCommand InsertObservation => field ??= Command("""
        INSERT INTO role_observations (doc_id, person_id, person_name, role, country, observed_on, start, "end")
        VALUES ($doc, $person, $name, $role, $country, $on, $start, $end)
        """);

    public SqliteCommand InsertTime => field ??= Command("""
        INSERT OR IGNORE INTO time_expressions (doc_id, start, "end", text, type, value, range_from, range_to, granularity, note)
        VALUES ($doc, $start, $end, $text, $type, $value, $from, $to, $granularity, $note)
        """);

    public SqliteCommand InsertQuote => field ??= Command("""
        INSERT OR IGNORE INTO quotes (doc_id, start, "end", text, kind, speaker_id, speaker_start, speaker_end, actor_code, country, attributed_to)
        VALUES ($doc, $start, $end, $text, $kind, $speaker, $speaker_start, $speaker_end, $code, $country, $attributed)
        """);

    public SqliteCommand InsertEvent => field ??= Command("""
        INSERT OR REPLACE INTO events (event_id, doc_id, ordinal, cameo, root, goldstein, source_id, target_id, event_date, location_id, status, cluster_id, start, "end", data)
        VALUES ($id, $doc, $ordinal, $cameo, $root, $goldstein, $source, $target, $date, $location, $status, $cluster, $start, $end, $data)
        """);

    public SqliteCommand InsertFramingMarker => field ??= Command("""
        INSERT OR IGNORE INTO framing_markers (doc_id, start, "end", text, phrase, category, stance, target, actor_code)
        VALUES ($doc, $start, $end, $text, $phrase, $category, $stance, $target, $actor)
        """);

    public SqliteCommand InsertDocumentTone => field ??= Command(
        "INSERT OR REPLACE INTO document_tone (doc_id, positive, negative, words) VALUES ($doc, $positive, $negative, $words)");

    public SqliteCommand InsertMentionTone => field ??= Command("""
        INSERT OR IGNORE INTO mention_tone (doc_id, start, "end", entity_id, positive, negative, words, stance)
        VALUES ($doc, $start, $end, $entity, $positive, $negative, $words, $stance)
        """);

    public static async Task ExecuteAsync(SqliteCommand command, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _all)
        {
            await command.DisposeAsync();
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        _all.Add(command);
        return command;
    }
}
