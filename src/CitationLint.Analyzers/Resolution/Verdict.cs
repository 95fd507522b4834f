using System.Collections.Generic;
using System.Collections.Immutable;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers.Resolution;

/// <summary>What an edit writes; <see cref="Rendering.FixRenderer"/> turns it into text for where it lands.</summary>
internal enum EditKind
{
    /// <summary>Another name of the paper in place of the one written (<see cref="Edit.Name"/>).</summary>
    Name,

    /// <summary>The paper's title in place of the one written: its canonical title, or the other title <see cref="Edit.Name"/> names.</summary>
    Title,

    /// <summary>The paper's canonical citation (name, title, URL) in place of the span; <see cref="Edit.Name"/> leads it.</summary>
    Complete,

    /// <summary>The named arguments a citation attribute lacks (<c>, Title = "…", Url = "…"</c>).</summary>
    AddArguments,

    /// <summary>The paper's URL in place of the identifier written.</summary>
    Url,

    /// <summary>The paper's arXiv id in place of the bare id written.</summary>
    ArxivId,
}

/// <summary>One way to fix a verdict: which paper, what to write of it, and the action's label.</summary>
internal sealed class Edit
{
    public Edit(EditKind kind, Paper paper, string label, string? name = null, string? kept = null, string? title = null)
    {
        Title = title;
        Kind = kind;
        Paper = paper;
        Label = label;
        Name = name;
        Kept = kept;
    }

    public EditKind Kind { get; }

    public Paper Paper { get; }

    public string Label { get; }

    /// <summary>The name written (<see cref="EditKind.Name"/>) or leading the citation (<see cref="EditKind.Complete"/>).</summary>
    public string? Name { get; }

    /// <summary>The title a completion writes when not the canonical one: an other title the citation wrote.</summary>
    public string? Title { get; }

    /// <summary>Text of the original kept after a completion, in parentheses ("Malladi et al., 2023").</summary>
    public string? Kept { get; }
}

/// <summary>
/// The one decision a rule took about a citation: the rule, where, the message arguments, and the
/// edits that fix it. Immutable; nothing in it is escaped yet (rendering does that for where it lands).
/// </summary>
internal sealed class Verdict
{
    private readonly object[] arguments;

    public Verdict(DiagnosticDescriptor rule, TextSpan span, params object[] arguments)
        : this(rule, span, arguments, default, false, ImmutableArray<Edit>.Empty, null)
    {
    }

    private Verdict(DiagnosticDescriptor rule, TextSpan span, object[] arguments, TextSpan fixSpan, bool confident, ImmutableArray<Edit> edits, CorpusAddition? addition)
    {
        Addition = addition;
        Rule = rule;
        Span = span;
        this.arguments = (object[])arguments.Clone();
        FixSpan = fixSpan;
        Confident = confident;
        Edits = edits;
    }

    public DiagnosticDescriptor Rule { get; }

    public TextSpan Span { get; }

    /// <summary>The message arguments, a copy each time.</summary>
    public object[] Arguments => (object[])arguments.Clone();

    /// <summary>The span every edit replaces.</summary>
    public TextSpan FixSpan { get; }

    /// <summary>Whether Fix All and <c>dotnet format</c> may apply the first edit unattended (DESIGN 4a).</summary>
    public bool Confident { get; }

    public ImmutableArray<Edit> Edits { get; }

    /// <summary>
    /// The paper outside the corpus the citation names, as it names it: what the fix that adds it to a
    /// project corpus writes (CITE001, CITE008). Never applied with the confident edits: it writes a
    /// file, not the citation.
    /// </summary>
    public CorpusAddition? Addition { get; }

    public Verdict WithFix(TextSpan span, bool confident, IEnumerable<Edit> edits)
        => new(Rule, Span, arguments, span, confident, ImmutableArray.CreateRange(edits), Addition);

    public Verdict WithAddition(CorpusAddition? addition)
        => new(Rule, Span, arguments, FixSpan, Confident, Edits, addition);

    public Verdict WithFix(TextSpan span, bool confident, Edit edit) => WithFix(span, confident, new[] { edit });
}
