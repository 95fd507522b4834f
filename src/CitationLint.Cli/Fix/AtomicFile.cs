using System;
using System.IO;
using System.Text;

namespace CitationLint.Cli.Fix;

/// <summary>
/// Writes a file so that it is never half-written: the new content goes to a temporary file in the
/// same folder (same volume, so the move is a rename), is flushed to disk, and then replaces the
/// original in one <see cref="File.Move(string, string, bool)"/>. A crash or kill before the move
/// leaves the original untouched (and at worst a stray temporary file); after it, the new content whole.
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".citationlint-tmp";

    public static void Write(string path, string text, Encoding encoding) => Write(path, stream =>
    {
        var preamble = encoding.GetPreamble();
        stream.Write(preamble, 0, preamble.Length);
        var bytes = encoding.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
    });

    /// <summary>As <see cref="Write(string, string, Encoding)"/>, the content from <paramref name="writeContent"/> (a test can make it fail midway).</summary>
    public static void Write(string path, Action<Stream> writeContent)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writeContent(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The original is untouched either way; a stray temporary file is all that is left.
        }
    }
}
