using Microsoft.Playwright;

namespace Rasd.Server.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright, started on first use and shared by all browser tests.
/// Playwright never downloads a browser here: <c>.ci/run</c> installs <c>chromium</c> with apt-get.
/// Screenshots go to <c>$RASD_ARTIFACTS</c>, else <c>screenshots/</c> beside the test binary.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("RASD_CHROMIUM") ?? "/usr/bin/chromium";

    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("RASD_ARTIFACTS") is { Length: > 0 } artifacts
            ? Path.Combine(artifacts, "screenshots")
            : Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>A fresh page (own context, Arabic locale, desktop size).</summary>
    public async Task<IPage> NewPageAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is null)
            {
                if (!File.Exists(ExecutablePath))
                {
                    throw new InvalidOperationException(
                        $"Chromium not found at {ExecutablePath}: install Debian's package (apt-get install -y chromium fonts-noto-core), as .ci/run does, or set RASD_CHROMIUM.");
                }
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
                });
            }
        }
        finally
        {
            _gate.Release();
        }
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ar", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
