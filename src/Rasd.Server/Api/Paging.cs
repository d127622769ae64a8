using Rasd.Server.Hosting;

namespace Rasd.Server.Api;

/// <summary>Checks <c>page</c> (from 1) and <c>page_size</c> (1 to 200) query parameters.</summary>
internal static class Paging
{
    public const int DefaultSize = 20;
    public const int MaxSize = 200;

    public static bool TryRead(int? page, int? pageSize, out int offset, out int size, out IResult? problem)
    {
        var p = page ?? 1;
        size = pageSize ?? DefaultSize;
        offset = 0;
        problem = null;
        if (p < 1 || size < 1 || size > MaxSize || p > 1_000_000)
        {
            problem = Problems.BadRequest($"page must be 1 or more and page_size between 1 and {MaxSize}.");
            return false;
        }
        offset = checked((p - 1) * size);
        return true;
    }
}
