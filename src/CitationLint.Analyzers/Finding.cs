using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Analyzers;

/// <summary>
/// What the resolver decided about a site: the rule, where, the message arguments and the fix data.
/// Fix data are the diagnostic's properties: <c>N</c> replacements of the span
/// <c>FixStart</c>/<c>FixLength</c>, each an already-escaped <c>Text{i}</c> with a <c>Label{i}</c>, and
/// <c>Confident</c> when a Fix All may apply the first one unattended (DESIGN.md 5a).
/// </summary>
internal sealed class Finding
{
    public const string CountKey = "N";
    public const string ConfidentKey = "Confident";
    public const string FixStartKey = "FixStart";
    public const string FixLengthKey = "FixLength";
    public const string TextKeyPrefix = "Text";
    public const string LabelKeyPrefix = "Label";
    public const string KeyKeyPrefix = "Key";

    public Finding(DiagnosticDescriptor rule, TextSpan span, object[] arguments)
    {
        Rule = rule;
        Span = span;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Rule { get; }

    public TextSpan Span { get; }

    public object[] Arguments { get; }

    public TextSpan FixSpan { get; private set; }

    public bool Confident { get; private set; }

    public List<(string Text, string Label, string Key)> Fixes { get; } = new();

    public Finding WithFix(TextSpan span, bool confident)
    {
        FixSpan = span;
        Confident = confident;
        return this;
    }

    public Finding AddFix(string text, string label, string key)
    {
        Fixes.Add((text, label, key));
        return this;
    }

    public ImmutableDictionary<string, string?> Properties()
    {
        var b = ImmutableDictionary.CreateBuilder<string, string?>();
        if (Fixes.Count == 0)
        {
            return b.ToImmutable();
        }

        b[CountKey] = Fixes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        b[ConfidentKey] = Confident ? "true" : "false";
        b[FixStartKey] = FixSpan.Start.ToString(System.Globalization.CultureInfo.InvariantCulture);
        b[FixLengthKey] = FixSpan.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < Fixes.Count; i++)
        {
            var suffix = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            b[TextKeyPrefix + suffix] = Fixes[i].Text;
            b[LabelKeyPrefix + suffix] = Fixes[i].Label;
            b[KeyKeyPrefix + suffix] = Fixes[i].Key;
        }

        return b.ToImmutable();
    }
}
