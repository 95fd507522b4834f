using System;
using System.Text;
using System.Text.RegularExpressions;

namespace CitationLint.Cli.Check;

/// <summary>
/// A path glob as .gitignore and <c>--exclude</c> write them: <c>*</c> and <c>?</c> within one path
/// segment, <c>**</c> across segments, <c>[abc]</c> classes. Matched against '/'-separated relative
/// paths; compiled once into a regular expression with a timeout (a path is short, but it is input).
/// </summary>
internal sealed class Glob
{
    private readonly Regex regex;

    private Glob(Regex regex) => this.regex = regex;

    /// <summary>A glob that matches a whole relative path (anchored at both ends).</summary>
    public static Glob Create(string pattern)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashAfter = i + 2 < pattern.Length && pattern[i + 2] == '/';
                sb.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[' && pattern.IndexOf(']', i + 1) is var close && close > i + 1)
            {
                var body = pattern.Substring(i + 1, close - i - 1);
                var negate = body.StartsWith('!') || body.StartsWith('^');
                sb.Append(negate ? "[^" : "[").Append(Regex.Escape(negate ? body.Substring(1) : body).Replace("\\-", "-", StringComparison.Ordinal)).Append(']');
                i = close;
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append('$');
        return new Glob(new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    public bool IsMatch(string relativePath) => regex.IsMatch(relativePath);

    /// <summary>A path relative to <paramref name="root"/>, with '/' separators.</summary>
    public static string Relative(string root, string path) => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
}
