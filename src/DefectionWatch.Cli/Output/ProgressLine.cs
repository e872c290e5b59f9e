using System.Diagnostics;
using System.Globalization;

namespace DefectionWatch.Cli.Output;

/// <summary>
/// A one-line progress display on stderr (documents, MB, rate), redrawn at most five times a second;
/// silent when stderr is not a terminal, so piped and CI output stays clean.
/// </summary>
internal sealed class ProgressLine(string verb) : IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw;
    private int _docs;
    private long _chars;

    public void Advance(int textLength)
    {
        _docs++;
        _chars += textLength;
        if (!_enabled || _clock.ElapsedMilliseconds - _lastDraw < 200) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        Draw();
    }

    private void Draw()
    {
        var secs = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r{verb} {_docs} documents, {_chars / 1e6:0.0} MB, {_docs / secs:0} docs/s   "));
    }

    public void Dispose()
    {
        if (!_enabled || _docs == 0) return;
        Draw();
        Console.Error.WriteLine();
    }
}
