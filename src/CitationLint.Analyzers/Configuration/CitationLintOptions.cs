using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CitationLint.Analyzers.Configuration;

/// <summary>A <c>citationlint.*</c> key or MSBuild property whose value was not accepted (CITE009).</summary>
internal readonly struct OptionProblem : IEquatable<OptionProblem>
{
    public OptionProblem(string key, string value, string reason)
    {
        Key = key;
        Value = value;
        Reason = reason;
    }

    public string Key { get; }

    public string Value { get; }

    public string Reason { get; }

    public bool Equals(OptionProblem other) => Key == other.Key && Value == other.Value && Reason == other.Reason;

    public override bool Equals(object? obj) => obj is OptionProblem p && Equals(p);

    public override int GetHashCode() => (Key.GetHashCode() * 31 + Value.GetHashCode()) * 31 + Reason.GetHashCode();
}

/// <summary>
/// The options of one syntax tree, read through AnalyzerConfigOptions. For each option the tree's
/// <c>.editorconfig</c> section wins over <c>.globalconfig</c> (Roslyn merges the two that way), and
/// both win over the MSBuild property (<c>build_property.CitationLint…</c>). Values that do not parse
/// are reported, and the default is used in their place.
/// </summary>
internal sealed class CitationLintOptions
{
    public static readonly ImmutableArray<string> DefaultMarkers = ImmutableArray.Create("Paper", "Cite", "Cites", "Citation");

    public static readonly CitationLintOptions Default = new(OptionDefinitions.Corpora.Default, ImmutableArray<string>.Empty, DefaultMarkers, UrlStyle.Arxiv, true);

    private CitationLintOptions(ImmutableArray<string> corpora, ImmutableArray<string> attributeNames, ImmutableArray<string> commentMarkers, UrlStyle urlStyle, bool freeText)
    {
        Corpora = corpora;
        AttributeNames = attributeNames;
        CommentMarkers = commentMarkers;
        UrlStyle = urlStyle;
        FreeText = freeText;
    }

    /// <summary>The embedded corpora to merge project corpora onto (<see cref="CorpusNames"/>).</summary>
    public ImmutableArray<string> Corpora { get; }

    /// <summary>Attribute names recognised besides <c>Cites</c>/<c>CitesAttribute</c>.</summary>
    public ImmutableArray<string> AttributeNames { get; }

    /// <summary>Strong comment markers (without the colon): the defaults and the configured ones.</summary>
    public ImmutableArray<string> CommentMarkers { get; }

    public UrlStyle UrlStyle { get; }

    /// <summary>Site 6 (free text in comments) on or off.</summary>
    public bool FreeText { get; }


    /// <summary>Reads every option; a value that does not parse, and an unknown key, go to <paramref name="problems"/>.</summary>
    public static CitationLintOptions Read(AnalyzerConfigOptions options, ICollection<OptionProblem>? problems)
    {
        var corpora = Get(options, OptionDefinitions.Corpora, problems);
        var attributes = Get(options, OptionDefinitions.AttributeNames, problems);
        var added = Get(options, OptionDefinitions.CommentMarkers, problems);
        var style = Get(options, OptionDefinitions.UrlStyle, problems);
        var freeText = Get(options, OptionDefinitions.FreeText, problems);
        if (problems is not null)
        {
            FindUnknownKeys(options, problems);
        }

        var markers = DefaultMarkers;
        foreach (var m in added)
        {
            if (!ContainsIgnoreCase(markers, m))
            {
                markers = markers.Add(m);
            }
        }

        if (freeText && style == UrlStyle.Arxiv && attributes.IsEmpty && markers == DefaultMarkers && SameList(corpora, Default.Corpora))
        {
            return Default;
        }

        return new CitationLintOptions(corpora, attributes, markers, style, freeText);
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

    private static T Get<T>(AnalyzerConfigOptions options, OptionDefinition<T> definition, ICollection<OptionProblem>? problems)
    {
        string key;
        if (options.TryGetValue(definition.Key, out var text))
        {
            key = definition.Key;
        }
        else if (options.TryGetValue(definition.BuildPropertyKey, out text) && text.Trim().Length > 0)
        {
            // An MSBuild property that is not set arrives as an empty value: not a choice.
            key = definition.MsBuildProperty;
        }
        else
        {
            return definition.Default;
        }

        if (definition.TryParse(text, out var value))
        {
            return value;
        }

        problems?.Add(new OptionProblem(key, text.Trim(), "allowed: " + definition.Allowed));
        return definition.Default;
    }

    private static void FindUnknownKeys(AnalyzerConfigOptions options, ICollection<OptionProblem> problems)
    {
        IEnumerable<string> keys;
        try
        {
            keys = options.Keys;
        }
        catch (NotImplementedException)
        {
            // A host whose options cannot list their keys (the base class throws): values are
            // still checked, unknown keys cannot be.
            return;
        }
        catch (NotSupportedException)
        {
            return;
        }

        foreach (var key in keys)
        {
            if (!key.StartsWith("citationlint.", StringComparison.OrdinalIgnoreCase) || OptionDefinitions.Find(key) is not null)
            {
                continue;
            }

            options.TryGetValue(key, out var value);
            var reason = OptionDefinitions.Renamed.TryGetValue(key, out var renamed)
                ? "this key was replaced by " + renamed
                : "unknown key; known keys: " + KnownKeys();
            problems.Add(new OptionProblem(key, value?.Trim() ?? string.Empty, reason));
        }
    }

    private static string KnownKeys()
    {
        var names = new string[OptionDefinitions.All.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = OptionDefinitions.All[i].Key;
        }

        return string.Join(", ", names);
    }

    private static bool SameList(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsIgnoreCase(ImmutableArray<string> list, string word)
    {
        foreach (var m in list)
        {
            if (string.Equals(m, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
