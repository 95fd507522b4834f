using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>The kinds of place where code cites a paper (DESIGN.md section 3).</summary>
internal enum SiteKind
{
    /// <summary><c>[Cites("MeZO")]</c>: strong.</summary>
    Attribute,

    /// <summary><c>// Paper: MeZO</c>: strong.</summary>
    Marker,

    /// <summary><c>/// &lt;cite&gt;MeZO&lt;/cite&gt;</c>: strong.</summary>
    CiteTag,

    /// <summary>An arXiv id or paper URL anywhere in a comment, with the name or title written next to it: weak.</summary>
    Identifier,

    /// <summary><c>Reference:</c>, <c>See:</c>, <c>Based on:</c>, "the paper X": weak.</summary>
    Cue,

    /// <summary>A quoted title or a distinctive name in free comment text: weak, only ever reported as a near miss.</summary>
    FreeText,
}

/// <summary>A piece of source text: what it says (decoded, normalised for lookup) and where it is.</summary>
internal readonly struct TextPiece
{
    public TextPiece(string text, TextSpan span)
    {
        Text = text;
        Span = span;
    }

    public string Text { get; }

    public TextSpan Span { get; }

    public bool IsEmpty => Text is null || Text.Length == 0;
}

/// <summary>One citation found in the code: what it names, the title and identifier written with it, and where.</summary>
internal sealed class CitationSite
{
    public CitationSite(SiteKind kind, TextContext context, TextPiece reference, TextPiece quotedTitle, TextPiece identifier, string? arxivId, bool insideMarkup = false, CommentTitleKey? comment = null)
    {
        InsideMarkup = insideMarkup;
        Comment = comment;
        Kind = kind;
        Context = context;
        Reference = reference;
        QuotedTitle = quotedTitle;
        Identifier = identifier;
        ArxivId = arxivId;
    }

    public SiteKind Kind { get; }

    public TextContext Context { get; }

    /// <summary>The name or title the site gives (may be empty when only an identifier is given).</summary>
    public TextPiece Reference { get; }

    /// <summary>A quoted title after the name (<c>Paper: MeZO "Fine-Tuning …"</c>), or empty.</summary>
    public TextPiece QuotedTitle { get; }

    /// <summary>The URL or <c>arXiv:</c> id as written, or empty.</summary>
    public TextPiece Identifier { get; }

    /// <summary>The arXiv id the identifier gives, or null when it gives none (an unknown kind of URL).</summary>
    public string? ArxivId { get; }

    /// <summary>The identifier is an attribute value of a tag (<c>href="…"</c>): text cannot be inserted there.</summary>
    public bool InsideMarkup { get; }

    /// <summary>The comment an identifier was found in, to see whether the title is written elsewhere in it.</summary>
    public CommentTitleKey? Comment { get; }

    public bool IsStrong => Kind is SiteKind.Attribute or SiteKind.Marker or SiteKind.CiteTag;

    /// <summary>The authors as written (<c>Malladi et al.</c>), or empty.</summary>
    public TextPiece Authors { get; private set; }

    /// <summary>The surnames the authors field gives, first author first; empty when none.</summary>
    public IReadOnlyList<string> Surnames { get; private set; } = System.Array.Empty<string>();

    /// <summary>The year written with the citation, or null.</summary>
    public int? Year { get; private set; }

    /// <summary>The year as written, or empty.</summary>
    public TextPiece YearPiece { get; private set; }

    /// <summary>The line before a lone identifier in the same comment ("Name: \"Title\"" above "arXiv:…"), or empty.</summary>
    public TextPiece LineAbove { get; private set; }

    public CitationSite WithAuthorsAndYear(TextPiece authors, IReadOnlyList<string> surnames, int? year, TextPiece yearPiece)
    {
        Authors = authors;
        Surnames = surnames;
        Year = year;
        YearPiece = yearPiece;
        return this;
    }

    /// <summary>For a list ("Cites: Medusa, SpecTr"), one site per name; this site is then the whole text, which may be one title ("Listen, Attend and Spell").</summary>
    public IReadOnlyList<CitationSite>? ListItems { get; private set; }

    public CitationSite WithListItems(IReadOnlyList<CitationSite> items)
    {
        ListItems = items;
        return this;
    }

    public CitationSite WithLineAbove(TextPiece line)
    {
        LineAbove = line;
        return this;
    }

    /// <summary>A free-text site that is a quote of four or more words, not a single word: only a quote may be reported as a title (<see cref="Resolution.FreeTextMatch"/>).</summary>
    public bool IsQuote { get; private set; }

    public CitationSite AsQuote()
    {
        IsQuote = true;
        return this;
    }
}

/// <summary>A comment's title key (decoded, folded words), computed once however many sites ask.</summary>
internal sealed class CommentTitleKey
{
    private readonly string text;
    private string? key;
    private System.Collections.Generic.Dictionary<string, bool>? answers;

    public CommentTitleKey(string text) => this.text = text;

    /// <summary>
    /// Whether the comment writes <paramref name="title"/>; answered once per title, so that a comment
    /// of 100,000 links to one paper searches its text once, not once per link.
    /// </summary>
    public bool ContainsTitle(string title)
    {
        answers ??= new System.Collections.Generic.Dictionary<string, bool>(System.StringComparer.Ordinal);
        if (answers.TryGetValue(title, out var known))
        {
            return known;
        }

        key ??= CitationLint.Corpus.TextNormalizer.TitleKey(CommentScanner.DecodeEntities(text));
        var titleKey = CitationLint.Corpus.TextNormalizer.TitleKey(title);
        var found = titleKey.Length > 0 && key.IndexOf(titleKey, System.StringComparison.Ordinal) >= 0;
        answers[title] = found;
        return found;
    }
}
