using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace CitationLint.Cli.Check;

/// <summary>
/// A progress bar on the terminal (Spectre.Console), drawn only when the output is the console's
/// and neither standard output nor standard error is redirected: a pipe, a file or a CI log gets
/// no control characters.
/// </summary>
internal sealed class TerminalProgress : IDisposable
{
    private readonly CancellationTokenSource? stop;
    private readonly Task? drawing;
    private int done;

    private TerminalProgress(int total)
    {
        if (total <= 0)
        {
            return;
        }

        stop = new CancellationTokenSource();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        drawing = console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("checking files", maxValue: total);
            while (!stop.IsCancellationRequested)
            {
                task.Value = Volatile.Read(ref done);
                try
                {
                    await Task.Delay(100, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            task.Value = total;
        });
    }

    public static TerminalProgress Start(TextWriter output, int total)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        return new TerminalProgress(terminal ? total : 0);
    }

    /// <summary>One file read and parsed (or ruled out by the prefilter); null when nothing is drawn.</summary>
    public Action? FileDone => drawing is null ? null : () => Interlocked.Increment(ref done);

    public void Dispose()
    {
        if (stop is null)
        {
            return;
        }

        stop.Cancel();
        drawing!.GetAwaiter().GetResult();
        stop.Dispose();
    }
}
