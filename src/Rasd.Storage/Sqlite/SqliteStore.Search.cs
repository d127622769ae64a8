using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Rasd.Core.Search;

namespace Rasd.Storage.Sqlite;

public sealed partial class SqliteStore
{
    // Title matches weigh more than body matches; bm25 is lower-is-better, so it is negated.
    private const string Score = "-bm25(documents_search, 0.0, 5.0, 1.0)";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return [];
        }
        var query = new ParsedQuery(terms.Select(t => (IReadOnlyList<string>)[t]).ToList());
        await using var command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT doc_id, {Score} AS score FROM documents_search WHERE documents_search MATCH $query
            ORDER BY score DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$query", query.ToFts5());
        command.Parameters.AddWithValue("$limit", limit);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetString(0), reader.GetDouble(1)));
        }
        return hits;
    }

    /// <inheritdoc/>
    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQueryParser.Parse(query.Text);
        var unresolved = new List<string>();
        IReadOnlyList<string>? outlets = null, entities = null;
        if (query.Outlet is { } outlet && (outlets = await NameResolver.OutletIdsAsync(_connection, outlet, cancellationToken)).Count == 0)
        {
            unresolved.Add($"outlet '{outlet}'");
        }
        if (query.Entity is { } entity && (entities = await NameResolver.EntityIdsAsync(_connection, entity, cancellationToken)).Count == 0)
        {
            unresolved.Add($"entity '{entity}'");
        }
        if (parsed.IsEmpty || unresolved.Count > 0 || query.Limit <= 0)
        {
            return new SearchResults([], unresolved);
        }

        await using var command = _connection.CreateCommand();
        var sql = new StringBuilder($"""
            SELECT d.doc_id, {Score} AS score, d.title, d.body, d.outlet_name_en, d.outlet_name_ar, coalesce(d.published, d.published_from)
            FROM documents_search JOIN documents d ON d.doc_id = documents_search.doc_id
            WHERE documents_search MATCH $query
            """);
        command.Parameters.AddWithValue("$query", parsed.ToFts5());
        // A document dated by a range matches when its range overlaps the asked one.
        if (query.From is { } from)
        {
            sql.Append(" AND coalesce(d.published_to, d.published) >= $from");
            command.Parameters.AddWithValue("$from", Iso(from));
        }
        if (query.To is { } to)
        {
            sql.Append(" AND coalesce(d.published_from, d.published) <= $to");
            command.Parameters.AddWithValue("$to", Iso(to));
        }
        if (outlets is not null)
        {
            sql.Append(" AND d.outlet_id IN (").Append(Parameters(command, "$o", outlets)).Append(')');
        }
        if (entities is not null)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = d.doc_id AND m.entity_id IN (")
                .Append(Parameters(command, "$e", entities)).Append("))");
        }
        sql.Append(" ORDER BY score DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.CommandText = sql.ToString();

        var hits = new List<SearchResult>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var title = reader.GetString(2);
            hits.Add(new SearchResult(
                reader.GetString(0), reader.GetDouble(1), title, NullableString(reader, 4), NullableString(reader, 5), NullableString(reader, 6),
                SnippetBuilder.Build(reader.GetString(3), parsed.Terms),
                SnippetBuilder.Build(title, parsed.Terms, int.MaxValue / 2).Highlights));
        }
        return new SearchResults(hits, unresolved);
    }

    private static string Parameters(SqliteCommand command, string prefix, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], values[i]);
        }
        return string.Join(", ", names);
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
