using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Check;

/// <summary>
/// Reads a file as the compiler does: a byte order mark decides the encoding; otherwise strict UTF-8,
/// and where the bytes are not UTF-8, Latin-1 (the compiler's fallback on .NET, where the Windows
/// code page is not available), with a warning. A file with NUL bytes and no UTF-16 mark is binary
/// and skipped: the compiler would report errors in it, and it holds no citation.
/// </summary>
internal static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Read Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Read(null, $"{path}: cannot be read ({e.Message}); skipped.", Skipped: true);
        }

        return Decode(path, bytes);
    }

    public static Read Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var unicode = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new Read(SourceText.From(unicode.GetString(bytes, 2, bytes.Length - 2), unicode, SourceHashAlgorithm.Sha256), null, false);
        }

        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return new Read(null, $"{path}: a binary file (it holds NUL bytes), not C# source; skipped.", Skipped: true);
        }

        try
        {
            var text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
            return new Read(SourceText.From(text, bom > 0 ? new UTF8Encoding(true) : new UTF8Encoding(false), SourceHashAlgorithm.Sha256), null, false);
        }
        catch (DecoderFallbackException e)
        {
            var latin1 = Encoding.Latin1.GetString(bytes, bom, bytes.Length - bom);
            return new Read(
                SourceText.From(latin1, Encoding.Latin1, SourceHashAlgorithm.Sha256),
                $"{path}: not valid UTF-8 (byte {e.Index + bom}); read as Latin-1, as the compiler does.",
                Skipped: false);
        }
    }

    /// <summary>The text, or null when skipped; a note to print either way when there is one.</summary>
    public sealed record Read(SourceText? Text, string? Note, bool Skipped);
}
