using CitationLint.Corpus;

namespace CitationLint.Analyzers.Resolution;

/// <summary>The field that identified the paper a citation means, strongest first (DESIGN 3a.1).</summary>
internal enum IdentifiedBy
{
    /// <summary>Nothing identifies a corpus paper: the citation is of a paper outside the corpus, or ambiguous.</summary>
    None,

    /// <summary>An arXiv id, DOI or URL of a corpus paper.</summary>
    Identifier,

    /// <summary>The first author's surname and the year, which fit exactly one paper.</summary>
    AuthorsAndYear,

    /// <summary>A name or title (exact, a variant or a near miss): <see cref="Evidence.Name"/>.</summary>
    Name,
}

/// <summary>How the quoted title written besides a name or identifier compares with the identified paper's.</summary>
internal enum TitleAgreement
{
    /// <summary>No quoted title, or one that is not a form of the paper's title.</summary>
    None,

    /// <summary>The paper's title (after normalisation, or joined where a line end hyphenated it).</summary>
    Same,

    /// <summary>The paper's title with a PDF ligature (<c>ﬀ</c>) the title does not have.</summary>
    Ligature,

    /// <summary>The same title after normalisation, written differently.</summary>
    Variant,

    /// <summary>A near miss of the paper's title.</summary>
    NearMiss,
}

/// <summary>
/// What a citation gives and what each field points to, once identified (DESIGN 3a.1). The rules
/// read it in a fixed order (<see cref="CitationResolver"/>); none of them looks anything up again,
/// except a title field compared with the paper.
/// </summary>
internal sealed class Evidence
{
    public Evidence(CitationSite site, AttributeParts? attribute, UrlStyle urlStyle)
    {
        Site = site;
        Attribute = attribute;
        UrlStyle = urlStyle;
    }

    public CitationSite Site { get; }

    public AttributeParts? Attribute { get; }

    public UrlStyle UrlStyle { get; }

    public IdentifiedBy By { get; init; }

    /// <summary>The paper identified; null when <see cref="By"/> is <see cref="IdentifiedBy.None"/>.</summary>
    public Paper? Paper { get; init; }

    /// <summary>The corpus paper of the identifier written, if the site has one the corpus holds.</summary>
    public Paper? IdPaper { get; init; }

    /// <summary>The lookup of the written name or title.</summary>
    public LookupResult Names { get; init; } = LookupResult.Empty;

    /// <summary>The written name or title's match to <see cref="Paper"/>; null when it names nothing.</summary>
    public Candidate? Name { get; init; }

    /// <summary>At an identifier of <see cref="Paper"/>: another corpus paper that the name written before it names.</summary>
    public Paper? OtherNamed { get; init; }

    /// <summary>The name fits several papers equally and no other field decides.</summary>
    public bool Ambiguous { get; init; }

    /// <summary>How the quoted title compares with <see cref="Paper"/>'s.</summary>
    public TitleAgreement Title { get; init; }

    /// <summary>The quoted title's match when it is a near miss (<see cref="TitleAgreement.NearMiss"/>).</summary>
    public Candidate? TitleMatch { get; init; }

    public bool HasId => !Site.Identifier.IsEmpty;

    public TextPiece Reference => Site.Reference;

    /// <summary>Whether the name written is the paper's own (exact, or a distinctive phrase of its title), so the other fields are checked.</summary>
    public bool NameIsExact => Name is null || Name.IsExact || Name.Kind == MatchKind.TitlePhrase;
}
