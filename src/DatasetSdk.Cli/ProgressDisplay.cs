using System.Diagnostics;
using System.Globalization;

namespace DatasetSdk.Cli;

/// <summary>
/// One line, "extracting 120/500 files", redrawn in place on a terminal. It appears only once a run has
/// lasted <c>delay</c>, so a short run prints nothing, and it erases itself when the work is done, so what
/// the command prints afterwards starts on a clean line. The caller creates one only for a terminal: a
/// redirected stream must never receive carriage-return redraws.
/// </summary>
public sealed class ProgressDisplay
{
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _writer;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private TimeSpan? _lastDrawn;
    private int _width;

    /// <param name="writer">The terminal's error stream.</param>
    /// <param name="delay">How long a run lasts before the line appears.</param>
    public ProgressDisplay(TextWriter writer, TimeSpan delay)
    {
        _writer = writer;
        _delay = delay;
    }

    /// <summary>Shows <paramref name="done"/> of <paramref name="total"/>; safe to call from any thread.</summary>
    public void Report(int done, int total)
    {
        var now = _clock.Elapsed;
        if (now < _delay) return;
        lock (_gate)
        {
            // The last file is always drawn, so a display that appeared ends on the true count.
            if (done < total && now - _lastDrawn < RedrawInterval) return;
            var line = string.Create(CultureInfo.InvariantCulture, $"extracting {done}/{total} files");
            _writer.Write("\r" + line.PadRight(_width));
            _writer.Flush();
            _width = Math.Max(_width, line.Length);
            _lastDrawn = now;
        }
    }

    /// <summary>Erases the line, if it was ever drawn.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_width == 0) return;
            _writer.Write("\r" + new string(' ', _width) + "\r");
            _writer.Flush();
            _width = 0;
        }
    }
}
