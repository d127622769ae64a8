using System.Security.Cryptography;
using System.Text;

namespace Rasd.Server.Hosting;

/// <summary>
/// Write endpoints need the key given at start, in the <c>X-Api-Key</c> header (or as a bearer
/// token); anything else is a 401. Without a configured key, writes are refused outright.
/// </summary>
internal sealed class ApiKeyFilter(string? apiKey) : IEndpointFilter
{
    private readonly byte[]? _key = apiKey is { Length: > 0 } ? Encoding.UTF8.GetBytes(apiKey) : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (_key is null)
        {
            return Problems.Unauthorized("This server was started without an API key (--api-key or RASD_API_KEY), so writing is disabled.");
        }
        var given = request.Headers[ServerSettings.ApiKeyHeader].ToString();
        if (given.Length == 0 && request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            given = auth["Bearer ".Length..].Trim();
        }
        // Fixed-time comparison: the time taken must not tell how much of a guess was right.
        if (given.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _key))
        {
            return Problems.Unauthorized($"Writing needs the API key in the {ServerSettings.ApiKeyHeader} header.");
        }
        return await next(context);
    }
}
