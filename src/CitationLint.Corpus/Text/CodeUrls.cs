using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>Code repository URLs (GitHub, GitLab) written in an abstract.</summary>
public static class CodeUrls
{
    private static readonly string[] Hosts = { "https://github.com/", "http://github.com/", "https://gitlab.com/", "http://gitlab.com/" };

    public static IReadOnlyList<string> Find(string text)
    {
        List<string>? found = null;
        foreach (var host in Hosts)
        {
            var at = 0;
            while ((at = text.IndexOf(host, at, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = at + host.Length;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != ')' && text[end] != ']' && text[end] != '"' && text[end] != '<')
                {
                    end++;
                }

                // A sentence's full stop or comma is not part of the URL.
                while (end > at + host.Length && (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == ';'))
                {
                    end--;
                }

                var url = text.Substring(at, end - at);
                if (url.Length > host.Length)
                {
                    found ??= new List<string>();
                    if (!found.Contains(url))
                    {
                        found.Add(url);
                    }
                }

                at = end;
            }
        }

        return found is null ? Array.Empty<string>() : found;
    }
}
