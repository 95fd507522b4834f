using System;
using System.Collections.Immutable;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Analyzers;

/// <summary>The <c>citationlint.*</c> options, read through AnalyzerConfigOptions (.editorconfig / .globalconfig).</summary>
internal sealed class CitationLintOptions
{
    public const string UseDefaultCorpusKey = "citationlint.use_default_corpus";
    public const string AttributeNamesKey = "citationlint.attribute_names";
    public const string CommentMarkersKey = "citationlint.comment_markers";
    public const string UrlStyleKey = "citationlint.url_style";
    public const string FreeTextKey = "citationlint.free_text";

    public static readonly ImmutableArray<string> DefaultMarkers = ImmutableArray.Create("Paper", "Cite", "Cites", "Citation");

    public static readonly CitationLintOptions Default = new(true, ImmutableArray<string>.Empty, DefaultMarkers, UrlStyle.Arxiv, true);

    private CitationLintOptions(bool useDefaultCorpus, ImmutableArray<string> attributeNames, ImmutableArray<string> commentMarkers, UrlStyle urlStyle, bool freeText)
    {
        UseDefaultCorpus = useDefaultCorpus;
        AttributeNames = attributeNames;
        CommentMarkers = commentMarkers;
        UrlStyle = urlStyle;
        FreeText = freeText;
    }

    public bool UseDefaultCorpus { get; }

    /// <summary>Attribute names recognised besides <c>Cites</c>/<c>CitesAttribute</c>.</summary>
    public ImmutableArray<string> AttributeNames { get; }

    /// <summary>Strong comment markers (without the colon).</summary>
    public ImmutableArray<string> CommentMarkers { get; }

    public UrlStyle UrlStyle { get; }

    /// <summary>Site 6 (free text in comments) on or off.</summary>
    public bool FreeText { get; }

    public static CitationLintOptions Read(AnalyzerConfigOptions options)
    {
        var useDefault = ReadBool(options, UseDefaultCorpusKey, true);
        var freeText = ReadBool(options, FreeTextKey, true);
        var attributes = ReadList(options, AttributeNamesKey, ImmutableArray<string>.Empty);
        var markers = ReadList(options, CommentMarkersKey, DefaultMarkers);
        var style = options.TryGetValue(UrlStyleKey, out var s) && string.Equals(s.Trim(), "huggingface", StringComparison.OrdinalIgnoreCase)
            ? UrlStyle.HuggingFace
            : UrlStyle.Arxiv;
        if (useDefault && freeText && style == UrlStyle.Arxiv && attributes.IsEmpty && markers == DefaultMarkers)
        {
            return Default;
        }

        return new CitationLintOptions(useDefault, attributes, markers, style, freeText);
    }

    public bool IsAttributeName(string name)
    {
        if (name is "Cites" or "CitesAttribute")
        {
            return true;
        }

        foreach (var n in AttributeNames)
        {
            if (string.Equals(n, name, StringComparison.Ordinal) || string.Equals(n + "Attribute", name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadBool(AnalyzerConfigOptions options, string key, bool fallback)
        => options.TryGetValue(key, out var value) && bool.TryParse(value.Trim(), out var b) ? b : fallback;

    private static ImmutableArray<string> ReadList(AnalyzerConfigOptions options, string key, ImmutableArray<string> fallback)
    {
        if (!options.TryGetValue(key, out var value))
        {
            return fallback;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in value.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var item = part.Trim().TrimEnd(':');
            if (item.Length > 0)
            {
                builder.Add(item);
            }
        }

        return builder.Count == 0 ? fallback : builder.ToImmutable();
    }
}
