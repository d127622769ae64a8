using System.Globalization;
using Spectre.Console;

namespace Rasd.Cli.Commands;

/// <summary>Where a long run reports how far it has got (bytes of input consumed).</summary>
internal interface IProgressSink
{
    void Start(long totalBytes);

    void Advance(long bytes, int articlesSoFar);

    void Stop();
}

/// <summary>No progress display: output is redirected or the run is a test.</summary>
internal sealed class SilentProgress : IProgressSink
{
    public void Start(long totalBytes) { }

    public void Advance(long bytes, int articlesSoFar) { }

    public void Stop() { }
}

/// <summary>
/// A Spectre.Console progress bar on the terminal, drawn on a background task while the run
/// advances it; only used when standard output is an interactive terminal.
/// </summary>
internal sealed class TerminalProgress(IAnsiConsole console) : IProgressSink
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ProgressTask> _task = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _display;

    public void Start(long totalBytes)
    {
        _display = console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                _task.SetResult(context.AddTask("analysing", maxValue: Math.Max(1, totalBytes)));
                await _done.Task;
            });
    }

    public void Advance(long bytes, int articlesSoFar)
    {
        var task = _task.Task.Result;
        task.Description = string.Create(CultureInfo.InvariantCulture, $"{articlesSoFar:N0} articles");
        task.Increment(bytes);
    }

    public void Stop()
    {
        _done.TrySetResult();
        _display?.GetAwaiter().GetResult();
    }
}
