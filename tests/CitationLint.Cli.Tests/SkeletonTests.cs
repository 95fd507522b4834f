using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CitationLint.Cli.Check;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Tests;

/// <summary>
/// The skeleton <c>check</c> parses in place of a file (<see cref="Skeleton"/>): the scanner reads what
/// the compiler's lexer reads, the skeleton keeps every position, comment, directive, member and
/// attribute list of the file, and the findings from skeletons are those from whole files.
/// </summary>
public sealed class SkeletonTests
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly KeepNames Keep = new(new[] { "Paper" });

    /// <summary>Files written to break the skeleton: every construct whose braces, strings or comments it must read as the compiler does.</summary>
    internal static readonly (string Name, string Text)[] Traps =
    {
        ("Strings.cs", "class A\n{\n    void M()\n    {\n        var u = \"// Paper: Medsua\"; // Paper: MeZo\n        var v = @\"line one\n// Paper: Medsua\n\"\"quoted\"\" /* Paper: Medsua */\";\n        var w = \"\"\"\n            // Paper: Medsua\n            \"\"\";\n        var c = '\"'; var d = '\\''; var e = '/'; // Cites: MeZO\n    }\n}\n"),
        ("Interpolated.cs", "class B\n{\n    string M(int x)\n    {\n        var a = $\"{x} // Paper: Medsua {{ }}\";\n        var b = $\"{x /* Paper: Medsua */}\";\n        var c = $@\"{x}\n// Paper: Medsua\";\n        var d = $$\"\"\"{{x}} // Paper: Medsua\"\"\";\n        return $\"{(x > 0 ? \"a\" : \"b\"),5:D2}\"; // Paper: Medsua\n    }\n}\n"),
        ("Ignore.cs", "class C\n{\n    void M()\n    {\n        var s = \"citationlint:ignore\"; // Paper: Medsua\n        // Paper: Medsua\n    }\n\n    void N()\n    {\n        var t = 1; // Paper: Medsua\n    }\n}\n"),
        ("LocalAttribute.cs", "using CitationLint;\nclass D\n{\n    void M()\n    {\n        [Cites(\"Medsua\")] void Local() { }\n        [Paper(\"Medsua\")] int Other() => 1;\n        Local();\n    }\n}\nclass PaperAttribute : System.Attribute { public PaperAttribute(string name) { } }\n"),
        ("Pragmas.cs", "class E\n{\n    void M()\n    {\n#pragma warning disable CITE002\n        // Paper: Medsua\n#pragma warning restore CITE002\n        // Paper: Medsua\n#region Paper: Medsua\n        int x = 1;\n#endregion\n    }\n}\n"),
        ("Conditional.cs", "class F\n{\n    void M()\n    {\n#if NEVER\n        }\n        // Paper: Medsua\n#else\n        // Paper: Medsua\n#endif\n    }\n}\n"),
        ("Members.cs", "using System;\nusing System.Collections.Generic;\nnamespace N\n{\n    record R(int X)\n    {\n        // Cites: MeZO\n        public int Y { get { return X; /* Cites: MeZO */ } init { } }\n    }\n    class G<T> where T : class, new()\n    {\n        public G() : this(1) { /* Cites: MeZO */ }\n        public G(int x) { }\n        ~G() { }\n        public static G<T> operator +(G<T> a, G<T> b) { return a; /* Cites: MeZO */ }\n        public static implicit operator int(G<T> g) { return 0; }\n        public T M<U>() where U : struct { return default!; /* Cites: MeZO */ }\n        public (int, int) Pair() { return (1, 2); /* Cites: MeZO */ }\n        public int this[int i] { get { return i; /* Cites: MeZO */ } }\n        public event EventHandler E { add { /* Cites: MeZO */ } remove { } }\n        private int f = new List<int> { 1, 2 }.Count; // Cites: MeZO\n        private Func<int, int> g = x => { return x; /* Cites: MeZO */ };\n        public int H => new[] { 1 }[0]; // Cites: MeZO\n        public new string ToString() { return \"\"; /* Cites: MeZO */ }\n    }\n    enum Colour { Red, /* Cites: MeZO */ Green }\n    interface I { void M() { /* Cites: MeZO */ } }\n    struct S { public S(int x) { /* Cites: MeZO */ } }\n}\n"),
        ("TopLevel.cs", "using System;\n// Cites: MeZO\nif (args.Length > 0) { Console.WriteLine(\"// Paper: Medsua\"); /* Cites: MeZO */ }\nvoid Local() { /* Cites: MeZO */ }\nforeach (var a in args) { }\n"),
        ("Suppressed.cs", "using System.Diagnostics.CodeAnalysis;\nclass H\n{\n    [SuppressMessage(\"CitationLint\", \"CITE002\")]\n    void M()\n    {\n        // Paper: Medsua\n    }\n\n    void N()\n    {\n        [SuppressMessage(\"x\", \"CITE002\")] void Local() { }\n        // Paper: Medsua\n    }\n}\n"),
        ("GlobalSuppressions.cs", "[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage(\"CitationLint\", \"CITE002\", Scope = \"member\", Target = \"~M:Targeted.M\")]\n[assembly: System.Reflection.AssemblyTitle(\"t\")] // Cites: MeZO\n[assembly: System.Reflection.AssemblyDescription(/* Paper: Medsua */ \"d\")]\n"),
        ("Targeted.cs", "class Targeted\n{\n    void M()\n    {\n        // Paper: Medsua\n    }\n\n    void N()\n    {\n        // Paper: Medsua\n    }\n}\n"),
        ("Generated.cs", "using System.CodeDom.Compiler;\n[GeneratedCode(\"tool\", \"1\")]\nclass J\n{\n    void M()\n    {\n        // Paper: Medsua\n    }\n}\nclass K\n{\n    void M()\n    {\n        // Paper: Medsua\n    }\n}\n"),
        ("AutoGenerated.cs", "// <auto-generated/>\nclass L\n{\n    void M()\n    {\n        // Paper: Medsua\n    }\n}\n"),
        ("Completions.cs", "class M1\n{\n    // MeZO (arXiv:2305.17333)\n    void A()\n    {\n        // Cites: MeZO\n    }\n\n    void B()\n    {\n        // Cites: MeZO\n        int x = 1; // Cites: MeZO\n    }\n}\n"),
        ("Unbalanced.cs", "class U\n{\n    void M()\n    {\n        // Paper: Medsua\n    \n    void N() { /* Cites: MeZO */ }\n}\n"),
        ("Escapes.cs", "class V\n{\n    void M()\n    {\n        var \\u0061 = 1; // Paper: Medsua\n        [C\\u0069tes(\"Medsua\")] void Local() { }\n    }\n}\n"),
        ("Crlf.cs", "class W\r\n{\r\n    void M()\r\n    {\r\n        var s = \"x\"; // Paper:\r\n        // Medsua\r\n        Call(); // Cites: MeZO\r\n    }\r\n}\r\n"),
        ("Grouping.cs", "class Y\n{\n    void M()\n    {\n        // MeZO, \"fine-tuning language models with\n        x = 1; // just forward passes\" (arXiv:2305.17333)\n        /* MeZO, \"fine-tuning language models with */ y = 2; /* just forward passes\" */\n    }\n}\n"),
        ("MarkerInAttribute.cs", "class A1\n{\n    [System.Obsolete(\"citationlint:ignore\")] int f; // Paper: Medsua\n    [System.Obsolete(\"citationlint:disable-next-line\")]\n    int g; // Paper: Medsua\n    void M()\n    {\n        [System.Obsolete(\"citationlint:ignore\")] void Local() { } // Paper: Medsua\n    }\n\n    int Q { [System.Obsolete(\"citationlint:ignore\")] get { return 1; } } // Paper: Medsua\n}\n"),
        ("HoleInAttribute.cs", "class B1\n{\n    const string X = \"x\";\n    [System.Obsolete($\"{X /* Paper: Medsua */}\")] void M() { }\n}\n"),
        ("AliasSuppression.cs", "using SM = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;\nstatic class Ids { public const string Misspelled = \"CITE\" + \"002\"; }\nclass H1\n{\n    [SM(\"Naming\", Ids.Misspelled)]\n    void M()\n    {\n        // Paper: Medsua\n    }\n\n    void N()\n    {\n        [SM(\"x\", \"CITE002\")] void Local()\n        {\n            // Paper: Medsua\n        }\n        Local();\n    }\n}\n"),
        ("FormatCharacter.cs", "using CitationLint;\nclass C1\n{\n    void M()\n    {\n        [Ci\u00ADtes(\"Medsua\")] void Local() { }\n        Local();\n    }\n}\n"),
        ("Conflict.cs", "class C2\n{\n    void M()\n    {\n<<<<<<< HEAD\n        int x = 1;\n=======\n        int x = 2; // Paper: Medsua\n>>>>>>> branch\n    }\n}\n"),
        ("EmptyCharacter.cs", "class C3 { void M() {\n        var d = '';//' Medsua (arXiv:2401.10774)\n} }\n"),
        ("RawUnclosed.cs", "class C4 { void M() {\n        var s = \"\"\"abc\n        // Paper: Medsua\n        \"\"\";\n} }\n"),
        ("RawQuotes.cs", "class C5 { void M() {\n        var s = \"\"\"\n            {\"key\": \"\"value\"\"} // Paper: Medsua\n            \"\"\"; // Paper: Medsua\n} }\n"),
        ("Suffixes.cs", "class C6 { void M() {\n        var a = 1.5fCites; var b = \"a\"u8Cites; var c = 0xcitationlint; // Paper: Medsua\n} }\n"),
        ("BadDirective.cs", "class C7 { void M() {\n# x @$\"{x}\"\"\"\n        // Paper: Medsua\n} }\n"),
        ("MemberInBody.cs", "class C8\n{\n    void M()\n    {\n        // Cites: MeZO\n        private int x = 1;\n        // Cites: MeZO\n    }\n\n    void N()\n    {\n        // Cites: MeZO\n        public event System.Action E;\n        // Cites: MeZO\n        enum E2 { X }\n        // Cites: MeZO\n        var d = delegate (int y) { return y; }; // Cites: MeZO\n    }\n}\n"),
        ("EscapedAlias.cs", "using SM = System.Diagnostics.CodeAnalysis.\\u0053uppressMessageAttribute;\nclass H2\n{\n    void M()\n    {\n        [SM(\"x\", \"CITE002\")] void Local()\n        {\n            // Paper: Medsua\n        }\n        Local();\n    }\n}\n"),
        ("Docs.cs", "class X\n{\n    /// <summary>As in <cite>Medsua</cite>.</summary>\n    void M()\n    {\n        /// <summary>Paper: Medsua</summary>\n        int x = 1;\n    }\n}\n"),
    };

    [Fact]
    public void The_scanner_reads_what_the_compilers_lexer_reads()
    {
        var realistic = 0;
        var accepted = 0;
        foreach (var (name, text) in Inputs())
        {
            if (!name.StartsWith("Adversarial", StringComparison.Ordinal) && !Traps.Any(t => t.Name == name))
            {
                realistic++;
                accepted += CodeScanner.Scan(text) is null ? 0 : 1;
            }

            var scanned = Skeleton.Of(SourceText.From(text), Options, Keep, CancellationToken.None, useScanner: true).ToString();
            var lexed = Skeleton.Of(SourceText.From(text), Options, Keep, CancellationToken.None, useScanner: false).ToString();
            Assert.True(lexed == scanned, $"{name}: the scanner's skeleton differs from the lexer's at {FirstDifference(lexed, scanned)}");
        }

        // The scanner reads realistic files itself (it declines '#if', raw interpolated strings, comments in holes).
        Assert.True(accepted * 20 >= realistic * 19, $"the scanner read {accepted} of {realistic} realistic files");
    }

    [Fact]
    public void A_skeleton_keeps_every_position_comment_directive_member_and_attribute_list()
    {
        var reduced = 0;
        foreach (var (name, text) in Inputs())
        {
            var whole = CSharpSyntaxTree.ParseText(text, Options);
            var skeletonText = Skeleton.Of(SourceText.From(text), Options, Keep, CancellationToken.None);
            var skeleton = CSharpSyntaxTree.ParseText(skeletonText, Options);
            Assert.Equal(text.Length, skeletonText.Length);
            Assert.Equal(whole.GetText().Lines.Count, skeletonText.Lines.Count);
            if (skeletonText.ToString() != text)
            {
                reduced++;
            }

            Assert.Equal(Trivia(whole), Trivia(skeleton));
            Assert.Equal(Nodes<MemberDeclarationSyntax>(whole), Nodes<MemberDeclarationSyntax>(skeleton));
            Assert.Equal(Nodes<AttributeListSyntax>(whole), Nodes<AttributeListSyntax>(skeleton));
        }

        Assert.True(reduced > 100, $"only {reduced} files were reduced");
    }

    [Fact]
    public void A_skeleton_replaces_code_in_bodies_and_keeps_what_the_analyzer_reads()
    {
        var text = "[assembly: Foo(typeof(int), new[] { 1 })]\n[assembly: Cites(\"MeZO\")]\nclass A\n{\n    [Bar(1)] int f = 2;\n    void M(int x)\n    {\n        var s = \"// no\"; // Paper: MeZO\n        Call(s);\n    }\n\n    void N()\n    {\n        [Cites(\"MeZO\")] void Local() { }\n    }\n}\n";
        var skeleton = Skeleton.Of(SourceText.From(text), Options, Keep, CancellationToken.None).ToString();
        var expected = "[assembly: Foo" + Spaces("(typeof(int), new[] { 1 })") + "]\n[assembly: Cites(\"MeZO\")]\nclass A\n{\n    [Bar" + Spaces("(1)") + "] int f = 2;\n    void M(int x)\n    {\n"
            + "        ;" + Spaces("ar s = \"// no\";") + " // Paper: MeZO\n"
            + "        ;" + Spaces("all(s);") + "\n    }\n\n    void N()\n    {\n        [Cites(\"MeZO\")] void Local() { }\n    }\n}\n";
        Assert.Equal(expected, skeleton);
    }

    [Fact]
    public async Task Check_finds_in_skeletons_what_it_finds_in_whole_files()
    {
        using var folder = new TestFolder();
        var set = MixedSet(folder, first: false, Traps, Adversarial(new Random(11), 60), generated: 150);
        var fromSkeletons = await Check.Analysis.RunAsync(set, set.Documents, null, CancellationToken.None, skeletons: true);
        var fromWhole = await Check.Analysis.RunAsync(set, set.Documents, null, CancellationToken.None, skeletons: false, readComments: false);
        Assert.Empty(fromSkeletons.AnalyzerExceptions);
        var expected = fromWhole.Diagnostics.Select(Describe).ToList();
        Assert.Equal(expected, fromSkeletons.Diagnostics.Select(Describe).ToList());

        // The comparison holds something: the traps and the tree report, and suppressions apply.
        Assert.True(expected.Count > 200, $"only {expected.Count} diagnostics");
        Assert.Contains(expected, d => d.Contains("LocalAttribute.cs", StringComparison.Ordinal) && d.Contains("CITE002", StringComparison.Ordinal));
        Assert.DoesNotContain(expected, d => d.Contains("Targeted.cs(4,", StringComparison.Ordinal));
        Assert.Contains(expected, d => d.Contains("Targeted.cs(9,", StringComparison.Ordinal));
    }

    /// <summary>Files whose comments a reader without a tree could misread: strings, directives, groups across them.</summary>
    private static readonly (string Name, string Text)[] CommentTraps =
    {
        ("QuietString.cs", "class Q1 { void M() { var s = \"// Paper: Medsua\"; var t = @\"/* Paper: Medsua */\"; var u = \"\"\"\n    // Paper: Medsua\n    \"\"\"; } }\n"),
        ("QuietDirective.cs", "class Q2\n{\n#region Paper: Medsua\n#endregion // Paper: Medsua\n#pragma warning disable CS0168 // Paper: Medsua\n}\n"),
        ("QuietValid.cs", "// Paper: MeZO \u2014 \"Fine-Tuning Language Models with Just Forward Passes\" (https://arxiv.org/abs/2305.17333)\nclass Q3 { }\n"),
        ("LoudAfterDirective.cs", "class Q4\n{\n#region r\n    // Paper: Medsua\n#endregion\n}\n"),
        ("LoudBlock.cs", "class Q5 { /* Paper: Medsua */ int x; }\n"),
        ("TitleAcrossDirective.cs", "// MeZO, \"fine-tuning language models with\n#region x\n// just forward passes\" (arXiv:2305.17333)\nclass Q6 { }\n#endregion\n"),
        ("LineSeparator.cs", "// Paper: Medsua\u2028 x\nclass Q7 { }\n"),
        ("SlashStarInString.cs", "class Q8 { string s = \"/*\"; // Paper: Medsua\n string t = \"*/\"; }\n"),
        ("DocLines.cs", "/// Uses MeZO (https://arxiv.org/abs/2305.17333).\nclass Q9 { }\n"),
        ("QuietMention.cs", "// The optimizer steps as in MeZO.\n// See the README for the training loop.\nclass Q10 { }\n"),
        ("HashInComment.cs", "class Q11 { // #region Paper: Medsua\n}\n"),
    };

    [Fact]
    public async Task Check_reads_the_comments_of_the_files_it_does_not_parse_as_the_analyzer_reads_a_tree()
    {
        using var folder = new TestFolder();

        // The first file is always parsed (its options choose the corpus): a plain one goes first.
        var set = MixedSet(folder, first: true, Traps.Concat(CommentTraps), Adversarial(new Random(23), 80), generated: 200);
        var reading = await Check.Analysis.RunAsync(set, set.Documents, null, CancellationToken.None, readComments: true);
        var parsing = await Check.Analysis.RunAsync(set, set.Documents, null, CancellationToken.None, readComments: false);
        Assert.Empty(reading.AnalyzerExceptions);
        var expected = parsing.Diagnostics.Select(Describe).ToList();
        Assert.Equal(expected, reading.Diagnostics.Select(Describe).ToList());

        // The comparison holds something: files went unparsed, and the traps that report do.
        Assert.True(reading.ParsedFiles < parsing.ParsedFiles - 20, $"{reading.ParsedFiles} of {parsing.ParsedFiles} parsed");
        foreach (var loud in new[] { "LoudAfterDirective.cs", "LoudBlock.cs", "SlashStarInString.cs", "LineSeparator.cs" })
        {
            Assert.Contains(expected, d => d.StartsWith(loud, StringComparison.Ordinal));
        }

        foreach (var quiet in new[] { "QuietString.cs", "QuietDirective.cs", "QuietValid.cs", "QuietMention.cs", "HashInComment.cs" })
        {
            Assert.DoesNotContain(expected, d => d.StartsWith(quiet, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_global_alias_of_a_suppression_applies_in_every_file_as_in_the_build()
    {
        using var folder = new TestFolder();
        folder.Write("Aliases.cs", "global using SM = System.Diagnostics.CodeAnalysis.SuppressMessageAttribute;\nstatic class Ids { public const string Misspelled = \"CITE\" + \"002\"; }\n");
        folder.Write("GS.cs", "[assembly: SM(\"x\", Ids.Misspelled, Scope = \"member\", Target = \"~M:T.M\")]\n");
        folder.Write("T.cs", "class T\n{\n    void M()\n    {\n        // Paper: Medsua\n    }\n\n    void N()\n    {\n        // Paper: Medsua\n    }\n}\n");
        var inputs = Check.Inputs.Collect(new[] { folder.Dir }, Array.Empty<string>(), Array.Empty<string>());
        var set = Check.LoadedSet.Load(inputs.Sets.Single(), new List<string>(), new List<string>());
        var result = await Check.Analysis.RunAsync(set, set.Documents, null, CancellationToken.None);

        // GS.cs names no suppression and cites nothing, yet it suppresses the CITE002 in T.M: as a build, it is parsed.
        Assert.Equal(new[] { "T.cs(9,18)-(9,24) CITE002" }, result.Diagnostics.Select(d => Describe(d).Split(' ')[0] + " " + d.Id).ToArray());
        Assert.Equal(3, result.ParsedFiles);
    }

    private static string Spaces(string replaced) => new(' ', replaced.Length);

    internal static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var properties = string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character}) {d.Id} {d.Severity} {d.GetMessage(CultureInfo.InvariantCulture)} [{properties}]";
    }

    private static List<(string Name, string Text)> Inputs()
    {
        var files = new List<(string, string)>(Traps);
        files.AddRange(Adversarial(new Random(7), 150));
        foreach (var (path, text) in Benchmarks.RealisticSources.Create(files: 300, bytes: 6_000_000))
        {
            files.Add((path, text));
        }

        var root = CitationLint.Package.Tests.PackedPackage.FindRoot();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)))
        {
            if (!path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                files.Add((path, File.ReadAllText(path)));
            }
        }

        return files;
    }

    private static List<string> Trivia(SyntaxTree tree)
    {
        var list = new List<string>();
        foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: false))
        {
            if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia) && !trivia.IsKind(SyntaxKind.SkippedTokensTrivia))
            {
                list.Add($"{trivia.Kind()} {trivia.FullSpan} {trivia.ToFullString()}");
            }
        }

        return list;
    }

    private static List<string> Nodes<T>(SyntaxTree tree)
        where T : SyntaxNode
        => tree.GetRoot().DescendantNodes().OfType<T>().Select(n => $"{n.Kind()} {n.FullSpan}").ToList();

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return $"{i}: «{a.Substring(Math.Max(0, i - 40), Math.Min(80, a.Length - Math.Max(0, i - 40)))}» vs «{b.Substring(Math.Max(0, i - 40), Math.Min(80, b.Length - Math.Max(0, i - 40)))}»";
    }

    /// <summary>Random files of members whose bodies mix every kind of string, character, comment, directive and nested brace with citations.</summary>
    /// <summary>
    /// A set of traps, adversarial files and generated files (3 MB), written into the folder and loaded as
    /// <c>check</c> loads it; with <paramref name="first"/>, a plain file goes first (its options choose the corpus).
    /// </summary>
    internal static Check.LoadedSet MixedSet(TestFolder folder, bool first, IEnumerable<(string Name, string Text)> traps, IEnumerable<(string Name, string Text)> adversarial, int generated)
    {
        if (first)
        {
            folder.Write("aaa/First.cs", "class First { }\n");
        }

        foreach (var (name, text) in traps)
        {
            folder.Write("traps/" + name, text);
        }

        foreach (var (name, text) in adversarial)
        {
            folder.Write("adversarial/" + name, text);
        }

        foreach (var (path, text) in Benchmarks.RealisticSources.Create(files: generated, bytes: 3_000_000))
        {
            folder.Write("tree/" + path, text);
        }

        var inputs = Check.Inputs.Collect(new[] { folder.Dir }, Array.Empty<string>(), Array.Empty<string>());
        return Check.LoadedSet.Load(inputs.Sets.Single(), new List<string>(), new List<string>());
    }

    internal static List<(string Name, string Text)> Adversarial(Random random, int count)
    {
        string[] statements =
        {
            "var s{0} = \"// Paper: Medsua\";", "var v{0} = @\"a\n// Paper: Medsua\n\"\"b\"\"\";", "var r{0} = \"\"\"\n    /* Paper: Medsua */\n    \"\"\";",
            "var i{0} = $\"{{x}} {{{{ // Paper: Medsua }}}}\";", "var j{0} = $\"{{(x > 1 ? \\\"a\\\" : \\\"b\\\")}}\";", "var k{0} = $@\"{{x}}\n\";",
            "var c{0} = '\\''; var q{0} = '\"';", "// Paper: Medsua", "/* Cites: MeZO */", "// MeZO (arXiv:2305.17333)", "// Cites: MeZO",
            "if (x > {0}) {{ x++; }} else {{ x--; }}", "foreach (var e in new[] {{ 1, 2 }}) {{ }}", "Func<int, int> f{0} = y => {{ return y; }};",
            "var o{0} = new List<int> {{ 1 }} /* Paper: Medsua */;", "switch (x) {{ case 1: break; default: break; }}", "int Local{0}() {{ return 1; }}",
            "#pragma warning disable CITE002", "#pragma warning restore CITE002", "x = x >> 1; x >>= 1; x = x >= 1 ? 1 : 0;", "var p{0} = x is {{ }} ? 1 : 2;",
            "var u{0} = \"\\\"// Paper: Medsua\";", "lock (this) {{ }}", "x = (int)(object)x; // Paper:\n        // Medsua", "var t{0} = (1, 2);",
            "var n{0} = 0x1E-1 + 1e-5 + 1_000 + .5f;", "string w{0} = \"\"; string z{0} = @\"\";", "var a{0} = new {{ A = 1 }};",
        };
        string[] headers =
        {
            "public void M{0}(int x)", "internal int P{0}(int x) where T : class", "private static T G{0}<U>(int x) where U : new()",
            "protected (int, int) Q{0}(int x)", "public C{1}(int x) : base()", "public static C{1} operator +(C{1} a, C{1} x)",
        };
        var files = new List<(string, string)>();
        for (var f = 0; f < count; f++)
        {
            var sb = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing CitationLint;\n");
            if (random.Next(3) == 0)
            {
                sb.Append("[assembly: System.Reflection.AssemblyMetadata(\"k\", \"v\")]\n");
            }

            sb.Append("namespace Adversarial\n{\n");
            sb.Append("    class Base { }\n");
            sb.Append(CultureInfo.InvariantCulture, $"    class C{f}<T> : Base\n    {{\n");
            var members = random.Next(2, 8);
            for (var m = 0; m < members; m++)
            {
                if (random.Next(4) == 0)
                {
                    sb.Append("        // Cites: MeZO\n");
                }

                if (random.Next(5) == 0)
                {
                    sb.Append("        [Cites(\"Medsua\")]\n");
                }

                var header = headers[random.Next(headers.Length)];
                if (header.Contains("operator", StringComparison.Ordinal) || header.Contains(" : base", StringComparison.Ordinal))
                {
                    header = string.Format(CultureInfo.InvariantCulture, header, m, f);
                    if (header.Contains("operator", StringComparison.Ordinal) && m > 0)
                    {
                        header = header.Replace("+", m % 2 == 0 ? "-" : "*", StringComparison.Ordinal);
                    }
                }
                else
                {
                    header = string.Format(CultureInfo.InvariantCulture, header, m, f);
                }

                sb.Append("        ").Append(header).Append("\n        {\n");
                var count2 = random.Next(1, 10);
                for (var s = 0; s < count2; s++)
                {
                    var statement = string.Format(CultureInfo.InvariantCulture, statements[random.Next(statements.Length)], m * 100 + s);
                    sb.Append(statement.StartsWith("#", StringComparison.Ordinal) ? string.Empty : "            ").Append(statement).Append('\n');
                }

                sb.Append(header.Contains("operator", StringComparison.Ordinal) ? "            return a;\n" : header.Contains("void", StringComparison.Ordinal) || header.Contains(" : base", StringComparison.Ordinal) ? string.Empty : "            return default!;\n");
                sb.Append("        }\n\n");
            }

            sb.Append("    }\n}\n");
            files.Add(("Adversarial" + f.ToString(CultureInfo.InvariantCulture) + ".cs", sb.ToString()));
        }

        return files;
    }
}
