using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Rasd.Core.Ingest;
using Rasd.Server.Hosting;
using Rasd.Server.Ingest;

namespace Rasd.Server.Api;

/// <summary><c>POST /api/articles</c>: run the pipeline on articles and store them. Needs the API key.</summary>
internal static class IngestEndpoints
{
    private const int MaxIdLength = 120;

    public static void Map(RouteGroupBuilder api, ApiKeyFilter apiKey) =>
        api.MapPost("/articles", PostAsync).WithName("PostArticles")
            .WithSummary("Analyse and store an article: a JSON body {title, text, published, outlet, url, id?} or a multipart upload " +
                         "(field 'file': .txt, .html, .json, .jsonl, .xml/.rss/.atom or .zip). Requires the X-Api-Key header.")
            // One Accepts: with two, routing would only match the last one's content type.
            .Accepts<ArticleInput>("application/json", "multipart/form-data")
            .Produces<IngestResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .AddEndpointFilter(apiKey);

    private static async Task<IResult> PostAsync(HttpRequest request, StorePool stores, ArticleIngestor ingestor, IOptions<JsonOptions> json,
        CancellationToken cancellationToken)
    {
        try
        {
            return await IngestAsync(request, stores, ingestor, json.Value.SerializerOptions, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's limits (body too large) and malformed bodies: the client's error, said plainly.
            return Results.Problem(statusCode: e.StatusCode, title: e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Too large" : "Bad request",
                detail: e.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"The body is larger than this server accepts ({request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize} bytes)." : e.Message);
        }
    }

    private static async Task<IResult> IngestAsync(HttpRequest request, StorePool stores, ArticleIngestor ingestor, JsonSerializerOptions json,
        CancellationToken cancellationToken)
    {
        List<RawArticle> articles;
        if (request.HasJsonContentType())
        {
            ArticleInput? input;
            try
            {
                input = await request.ReadFromJsonAsync<ArticleInput>(json, cancellationToken);
            }
            catch (JsonException e)
            {
                return Problems.BadRequest($"The body is not a valid article object: {e.Message}");
            }
            if (input is null || string.IsNullOrWhiteSpace(input.Text))
            {
                return Problems.BadRequest("text is required.");
            }
            if (input.Published is { Length: > 0 } published && !IsDate(published))
            {
                return Problems.BadRequest($"published '{published}' is not a date (YYYY-MM-DD or a date-time).");
            }
            articles = [ToRaw(input)];
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Problems.BadRequest("A multipart upload needs a 'file' field.");
            }
            await using var stream = file.OpenReadStream();
            var (read, failures) = ingestor.ReadUpload(file.FileName, stream);
            if (read.Count == 0)
            {
                return Problems.Unprocessable(failures.Count > 0 ? failures[0].Reason : "The file holds no article.");
            }
            articles = read;
        }
        else
        {
            return Problems.Unsupported("Send application/json or multipart/form-data.");
        }

        await using var lease = await stores.RentAsync(cancellationToken);
        var outcomes = await ingestor.IngestAsync(lease.Store, articles, cancellationToken);
        if (outcomes.All(o => o.DocId is null))
        {
            return Problems.Unprocessable(outcomes[0].Error ?? "The article could not be analysed.");
        }
        var first = outcomes.First(o => o.DocId is not null).DocId!;
        return Results.Created($"/api/documents/{Uri.EscapeDataString(first)}", new IngestResponse(outcomes));
    }

    private static RawArticle ToRaw(ArticleInput input)
    {
        var id = input.Id is { Length: > 0 and <= MaxIdLength } given ? ArticleIngestor.SafeFileName(given) : "api-" + Hash8(input.Text!);
        return new RawArticle(
            SourcePath: "api:" + id,
            DocId: id,
            Text: input.Text!,
            Format: RawFormat.Json,
            Title: string.IsNullOrWhiteSpace(input.Title) ? null : input.Title,
            Outlet: string.IsNullOrWhiteSpace(input.Outlet) ? null : input.Outlet,
            Published: string.IsNullOrWhiteSpace(input.Published) ? null : new GivenDate(input.Published, IsCrawlDate: false),
            Url: string.IsNullOrWhiteSpace(input.Url) ? null : input.Url);
    }

    private static bool IsDate(string value) =>
        DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out _);

    private static string Hash8(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
