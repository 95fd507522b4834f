using System;

namespace CitationLint;

/// <summary>
/// Says that the code it is on implements or follows a research paper. CitationLint checks the
/// reference against its corpus of known papers.
/// </summary>
/// <example><c>[Cites("MeZO", Title = "Fine-Tuning Language Models with Just Forward Passes", Url = "https://arxiv.org/abs/2305.17333")]</c></example>
[AttributeUsage(AttributeTargets.All, AllowMultiple = true, Inherited = false)]
public sealed class CitesAttribute : Attribute
{
    /// <param name="reference">The paper's name (<c>MeZO</c>), title, arXiv id or URL.</param>
    public CitesAttribute(string reference)
    {
        Reference = reference;
    }

    /// <summary>The paper's name, title, arXiv id or URL.</summary>
    public string Reference { get; }

    /// <summary>The paper's title, as the paper writes it.</summary>
    public string? Title { get; set; }

    /// <summary>The paper's URL (<c>https://arxiv.org/abs/…</c>).</summary>
    public string? Url { get; set; }

    /// <summary>The paper's arXiv id (<c>2305.17333</c>).</summary>
    public string? ArxivId { get; set; }
}
