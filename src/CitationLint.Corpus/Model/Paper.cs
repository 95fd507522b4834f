using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>One paper of a corpus. Immutable; every list is non-null.</summary>
public sealed class Paper
{
    /// <summary>The longest title a corpus may hold; the longest of the shipped corpora has under 250 characters.</summary>
    public const int MaxTitleLength = 1000;

    /// <summary>The longest name a corpus may hold.</summary>
    public const int MaxNameLength = 200;

    private static readonly string[] None = Array.Empty<string>();

    public Paper(
        string key,
        string title,
        IReadOnlyList<string>? aliases = null,
        string? arxivId = null,
        string? url = null,
        int? year = null,
        IReadOnlyList<string>? authors = null,
        IReadOnlyList<string>? codeUrls = null,
        bool wordLike = false,
        string? bibKey = null,
        IReadOnlyList<string>? otherTitles = null)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("A paper needs a key.", nameof(key));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("A paper needs a title.", nameof(title));
        }

        Key = key;
        Title = title;
        Aliases = aliases ?? None;
        ArxivId = string.IsNullOrEmpty(arxivId) ? null : arxivId;
        Url = string.IsNullOrEmpty(url) ? null : url;
        Year = year;
        Authors = authors ?? None;
        CodeUrls = codeUrls ?? None;
        WordLike = wordLike;
        BibKey = string.IsNullOrWhiteSpace(bibKey) ? null : bibKey;
        OtherTitles = otherTitles ?? None;
    }

    /// <summary>How a paper's key is formed: its arXiv id where known, else a slug of its title.</summary>
    public static string KeyFor(string? arxivId, string title) => arxivId ?? Slug.FromTitle(title);

    /// <summary>Stable key: the arXiv id where known, else a slug of the title.</summary>
    public string Key { get; }

    /// <summary>The title as the paper writes it.</summary>
    public string Title { get; }

    /// <summary>
    /// Other titles the paper was published under (a venue's: AutoAugment's CVPR title says
    /// "Strategies" where its arXiv title says "Policies"). A citation in one of them is as right as
    /// one in <see cref="Title"/>, which stays the title fixes write.
    /// </summary>
    public IReadOnlyList<string> OtherTitles { get; }

    /// <summary>Short names the paper introduces for itself (<c>MeZO</c>, <c>Graph Mamba</c>).</summary>
    public IReadOnlyList<string> Aliases { get; }

    public string? ArxivId { get; }

    /// <summary>The URL a source gave for the paper; see <see cref="GetCanonicalUrl"/> for the one fixes insert.</summary>
    public string? Url { get; }

    public int? Year { get; }

    public IReadOnlyList<string> Authors { get; }

    /// <summary>Code repositories the abstract links to.</summary>
    public IReadOnlyList<string> CodeUrls { get; }

    /// <summary>
    /// The paper's names are also ordinary words or code tokens (<c>Adam</c>, <c>Dropout</c>,
    /// <c>BatchNorm</c>): they count at citation sites only, never in free text.
    /// </summary>
    public bool WordLike { get; }

    /// <summary>
    /// The BibTeX entry key the paper was read under (<c>vaswani2017attention</c>): a name it can be
    /// cited by, as with <c>\cite{}</c>, matched exactly (case-insensitively), never as a near miss.
    /// </summary>
    public string? BibKey { get; }

    /// <summary>
    /// Which of the paper's titles <paramref name="text"/> is after normalisation: <see cref="Title"/>,
    /// one of <see cref="OtherTitles"/>, or null when it is none of them.
    /// </summary>
    public string? TitleWritten(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (string.Equals(normalized, TextNormalizer.Normalize(Title), StringComparison.Ordinal))
        {
            return Title;
        }

        foreach (var other in OtherTitles)
        {
            if (string.Equals(normalized, TextNormalizer.Normalize(other), StringComparison.Ordinal))
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>The canonical URL: built from the arXiv id; a paper without one has none.</summary>
    public string? GetCanonicalUrl(UrlStyle style = UrlStyle.Arxiv)
    {
        if (ArxivId is null)
        {
            return null;
        }

        return style == UrlStyle.HuggingFace
            ? "https://huggingface.co/papers/" + ArxivId
            : global::CitationLint.Corpus.ArxivId.AbsUrl(ArxivId);
    }

    public Paper With(
        string? key = null,
        string? title = null,
        IReadOnlyList<string>? aliases = null,
        string? arxivId = null,
        string? url = null,
        int? year = null,
        IReadOnlyList<string>? authors = null,
        IReadOnlyList<string>? codeUrls = null,
        bool? wordLike = null,
        string? bibKey = null,
        IReadOnlyList<string>? otherTitles = null)
        => new(
            key ?? Key,
            title ?? Title,
            aliases ?? Aliases,
            arxivId ?? ArxivId,
            url ?? Url,
            year ?? Year,
            authors ?? Authors,
            codeUrls ?? CodeUrls,
            wordLike ?? WordLike,
            bibKey ?? BibKey,
            otherTitles ?? OtherTitles);

    public override string ToString() => Key + " " + Title;
}

public enum UrlStyle
{
    Arxiv,
    HuggingFace,
}
