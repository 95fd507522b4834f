using System.Collections.Immutable;
using CitationLint.Analyzers.Tests.Harness;
using CitationLint.CodeFixes;
using CitationLint.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CitationLint.Analyzers.Tests;

/// <summary>
/// The fix of CITE001 and CITE008 that adds the paper cited to a project corpus (DESIGN 3a.3, 4):
/// through a real workspace whose project has the corpus as an additional document, the action is
/// offered, applied, the line it writes checked and read back by the corpus reader, and the next
/// analysis of the changed project no longer reports the citation.
/// </summary>
public sealed class AddToCorpusFixTests
{
    private const string Header = "key\ttitle\taliases\tarxiv\turl\tyear\tauthors\n";
    private const string CorpusPath = "/src/refs.papers.tsv";

    [Fact]
    public async Task An_attribute_s_fields_become_one_line_of_the_corpus_and_the_diagnostic_goes()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("""
            using CitationLint;
            [Cites("Quaxitron", Title = "Frobnication at Scale", Url = "https://arxiv.org/abs/2501.00002", Authors = "Ada Lovelace, Alan Turing", Year = 2025)]
            class C { }
            """);
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id.StartsWith("CITE", StringComparison.Ordinal));
        Assert.Equal("CITE008", diagnostic.Id);

        var action = Assert.Single(await ActionsAsync(document, diagnostic));
        Assert.Equal("Add 'Quaxitron' to refs.papers.tsv", action.Title);
        Assert.NotEqual(CitationCodeFixProvider.ConfidentKey, action.EquivalenceKey);
        var solution = await Verifier.ApplyToSolutionAsync(action);

        var text = await CorpusTextAsync(solution, document);
        Assert.Equal(Header + "2501.00002\tFrobnication at Scale\tQuaxitron\t2501.00002\thttps://arxiv.org/abs/2501.00002\t2025\tAda Lovelace|Alan Turing\n", text);
        var paper = ReadBack(text);
        Assert.Equal("2501.00002", paper.Key);
        Assert.Equal("Frobnication at Scale", paper.Title);
        Assert.Equal(new[] { "Quaxitron" }, paper.Aliases);
        Assert.Equal("2501.00002", paper.ArxivId);
        Assert.Equal("https://arxiv.org/abs/2501.00002", paper.Url);
        Assert.Equal(2025, paper.Year);
        Assert.Equal(new[] { "Ada Lovelace", "Alan Turing" }, paper.Authors);

        // The complete citation of a paper the corpus now holds is silent.
        Assert.DoesNotContain(await verifier.DiagnosticsAsync(solution.GetDocument(document.Id)!), d => d.Id.StartsWith("CITE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_name_is_added_after_a_line_break_the_file_lacked_and_CITE001_goes()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, "key\ttitle\taliases");
        var document = verifier.CreateDocument("// Paper: Quaxitron (Lovelace et al., 2025)\nclass C { }");
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id == "CITE001");

        var solution = await Verifier.ApplyToSolutionAsync(Assert.Single(await ActionsAsync(document, diagnostic)));
        var text = await CorpusTextAsync(solution, document);
        Assert.Equal("key\ttitle\taliases\nquaxitron\tQuaxitron\t\n", text);
        Assert.Equal("Quaxitron", ReadBack(text).Title);

        var again = await verifier.DiagnosticsAsync(solution.GetDocument(document.Id)!);
        Assert.DoesNotContain(again, d => d.Id is "CITE001" or "CITE008");
    }

    [Fact]
    public async Task A_header_in_another_order_gets_a_line_in_its_order()
    {
        const string tsv = "# our papers\ntitle\tarxiv\tkey\tyear\n";
        var verifier = Verifier.Create().WithFile(CorpusPath, tsv);
        var document = verifier.CreateDocument("// Paper: Quaxitron — \"Frobnication at Scale\" (arXiv:2501.00002)\nclass C { }");
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id == "CITE008");

        var solution = await Verifier.ApplyToSolutionAsync(Assert.Single(await ActionsAsync(document, diagnostic)));
        var text = await CorpusTextAsync(solution, document);
        Assert.Equal(tsv + "Frobnication at Scale\t2501.00002\t2501.00002\t\n", text);
        Assert.Equal("2501.00002", ReadBack(text).ArxivId);
        Assert.DoesNotContain(await verifier.DiagnosticsAsync(solution.GetDocument(document.Id)!), d => d.Id is "CITE001" or "CITE008");
    }

    [Fact]
    public async Task A_weak_site_s_identifier_is_added_with_the_id_as_its_placeholder_title()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("// Based on https://arxiv.org/abs/1609.09106\nclass C { }");
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id == "CITE008");

        var action = Assert.Single(await ActionsAsync(document, diagnostic));
        Assert.Equal("Add 'arXiv:1609.09106' to refs.papers.tsv", action.Title);
        var text = await CorpusTextAsync(await Verifier.ApplyToSolutionAsync(action), document);
        Assert.Equal(Header + "1609.09106\tarXiv:1609.09106\t\t1609.09106\thttps://arxiv.org/abs/1609.09106\t\t\n", text);
    }

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    public async Task Fix_All_adds_each_of_two_unknown_papers_cited_three_times_once(FixAllScope scope)
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("""
            // Paper: Quaxitron
            class A { }

            // Paper: FrobNet
            class B { }

            // Cite: Quaxitron
            class D { }
            """);
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id == "CITE001").ToImmutableArray();
        Assert.Equal(3, diagnostics.Length);

        var solution = await FixAllAsync(document, diagnostics, scope);
        Assert.Equal(Header + "quaxitron\tQuaxitron\t\t\t\t\t\nfrobnet\tFrobNet\t\t\t\t\t\n", await CorpusTextAsync(solution, document));
        Assert.DoesNotContain(await verifier.DiagnosticsAsync(solution.GetDocument(document.Id)!), d => d.Id == "CITE001");
    }

    [Fact]
    public async Task Fix_All_does_not_add_a_paper_the_file_holds_and_gives_one_line_per_arXiv_id()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("""
            // Paper: Quaxitron (arXiv:2501.00002)
            // Paper: Quax (arXiv:2501.00002)
            // Paper: FrobNet
            class A { }
            """);
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id is "CITE001" or "CITE008").ToImmutableArray();
        Assert.Equal(3, diagnostics.Length);

        // The file already holds FrobNet (added since the diagnostics were computed).
        var held = Header + "frobnet\tFrobNet\n";
        var corpus = document.Project.AdditionalDocuments.Single();
        var changedDocument = document.Project.Solution.WithAdditionalDocumentText(corpus.Id, Microsoft.CodeAnalysis.Text.SourceText.From(held)).GetDocument(document.Id)!;

        var solution = await FixAllAsync(changedDocument, diagnostics, FixAllScope.Document);
        Assert.Equal(held + "2501.00002\tQuaxitron\t\t2501.00002\t\t\t\n", await CorpusTextAsync(solution, document));
    }

    [Fact]
    public async Task A_paper_the_file_already_holds_is_not_offered_again()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("// Paper: Quaxitron (arXiv:2501.00002)\nclass C { }");
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id == "CITE008");
        var solution = await Verifier.ApplyToSolutionAsync(Assert.Single(await ActionsAsync(document, diagnostic)));

        // The diagnostic of the analysis before the change, as an IDE still shows it: nothing to add.
        Assert.Empty(await ActionsAsync(solution.GetDocument(document.Id)!, diagnostic));

        // The same arXiv id under another key counts as the same paper.
        var corpus = document.Project.AdditionalDocuments.Single();
        var other = document.Project.Solution.WithAdditionalDocumentText(corpus.Id, Microsoft.CodeAnalysis.Text.SourceText.From(Header + "quax\tQuaxitron\t\t2501.00002\n"));
        Assert.Empty(await ActionsAsync(other.GetDocument(document.Id)!, diagnostic));
    }

    [Theory]
    [InlineData("key\ttitle\n", "// Paper: Quaxitron \"The Quaxitron Method\" (arXiv:2512.99301)")]
    [InlineData("title\tkey\taliases\n", "// Paper: Quax \"#1 Ranked Quaxitron Method\"")]
    public async Task No_action_when_the_line_would_not_read_back_as_the_paper(string header, string citation)
    {
        // A header without the id's or the name's column, a title that would begin a comment line.
        var verifier = Verifier.Create().WithFile(CorpusPath, header);
        var document = verifier.CreateDocument(citation + "\nclass C { }");
        var diagnostic = Assert.Single((await verifier.DiagnosticsAsync(document)).Where(d => d.Id is "CITE001" or "CITE008"));
        Assert.True(diagnostic.Properties.ContainsKey("Add.Key"));
        Assert.DoesNotContain(await ActionsAsync(document, diagnostic), a => a.EquivalenceKey?.StartsWith(AddToCorpusCodeFixProvider.EquivalenceKeyPrefix, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Fix_All_does_not_add_a_second_paper_under_a_name_the_first_has()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("// Paper: Quaxitron \"The Quaxitron Method\"\nclass A { }\n\n// Paper: Quaxitron\nclass B { }\n");
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id == "CITE001").ToImmutableArray();
        Assert.Equal(2, diagnostics.Length);
        var solution = await FixAllAsync(document, diagnostics, FixAllScope.Document);
        var text = await CorpusTextAsync(solution, document);
        Assert.Single(PaperTsv.Read(text, CorpusPath).Papers);
        Assert.DoesNotContain(await verifier.DiagnosticsAsync(solution.GetDocument(document.Id)!), d => d.Id is "CITE001" or "CITE005");
    }

    [Fact]
    public async Task No_action_without_a_papers_tsv_file_in_the_project()
    {
        var verifier = Verifier.Create().WithFile("/src/refs.bib", "@article{x, title = {Something Else}}\n");
        var document = verifier.CreateDocument("// Paper: Quaxitron\n// Paper: Frob (arXiv:2501.00002)\nclass C { }");
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id is "CITE001" or "CITE008").ToList();
        Assert.Equal(2, diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            // The analyzer gives the paper; only the missing file keeps the action away.
            Assert.True(diagnostic.Properties.ContainsKey("Add.Key"));
            Assert.Empty(await ActionsAsync(document, diagnostic));
        }
    }

    [Fact]
    public async Task Several_corpus_files_give_one_action_each_in_path_order()
    {
        var verifier = Verifier.Create().WithFile("/src/z.papers.tsv", Header).WithFile("/src/a.papers.tsv", Header);
        var document = verifier.CreateDocument("// Paper: Quaxitron\nclass C { }");
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id == "CITE001");
        var actions = await ActionsAsync(document, diagnostic);
        Assert.Equal(new[] { "Add 'Quaxitron' to a.papers.tsv", "Add 'Quaxitron' to z.papers.tsv" }, actions.Select(a => a.Title));
        Assert.Equal(2, actions.Select(a => a.EquivalenceKey).Distinct().Count());

        var solution = await Verifier.ApplyToSolutionAsync(actions[1]);
        var z = solution.GetProject(document.Project.Id)!.AdditionalDocuments.Single(d => d.Name == "z.papers.tsv");
        var a = solution.GetProject(document.Project.Id)!.AdditionalDocuments.Single(d => d.Name == "a.papers.tsv");
        Assert.Equal(Header + "quaxitron\tQuaxitron\t\t\t\t\t\n", (await z.GetTextAsync()).ToString());
        Assert.Equal(Header, (await a.GetTextAsync()).ToString());
    }

    [Fact]
    public async Task Hostile_fields_are_escaped_by_the_corpus_writer_and_read_back_exactly()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        // In the attribute: a tab, a bar and a backslash in the name; a line break, a \n that only looks
        // like one, a line separator and a bar in the title; a bar in an author's name.
        var document = verifier.CreateDocument("""
            using CitationLint;
            [Cites("Qua\txi|tron\\", Title = "Line\r\nbreak, a \\n look-alike,\u2028 a | bar", Authors = "Ada | Lovelace")]
            class C { }
            """);
        var diagnostic = Assert.Single(await verifier.DiagnosticsAsync(document), d => d.Id == "CITE001");
        var action = Assert.Single(await ActionsAsync(document, diagnostic));
        Assert.Equal("Add 'Qua xi|tron\\' to refs.papers.tsv", action.Title);

        var solution = await Verifier.ApplyToSolutionAsync(action);
        var text = await CorpusTextAsync(solution, document);
        var added = text.Substring(Header.Length);
        Assert.Equal(1, added.Count(c => c == '\n'));
        Assert.EndsWith("\n", added, StringComparison.Ordinal);
        Assert.Equal(Header.Count(c => c == '\t'), added.Count(c => c == '\t'));

        var paper = ReadBack(text);
        Assert.Equal("Line\r\nbreak, a \\n look-alike,\u2028 a | bar", paper.Title);
        Assert.Equal(new[] { "Qua\txi|tron\\" }, paper.Aliases);
        Assert.Equal(new[] { "Ada | Lovelace" }, paper.Authors);
        Assert.Equal(Paper.KeyFor(null, paper.Title), paper.Key);
        Assert.DoesNotContain(await verifier.DiagnosticsAsync(solution.GetDocument(document.Id)!), d => d.Id == "CITE001");
    }

    [Fact]
    public async Task The_confident_Fix_All_never_writes_the_corpus()
    {
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        const string source = "// Paper: Quaxitron (arXiv:2501.00002)\n// Paper: FrobNet\nclass C { }";
        Assert.Equal(source, await verifier.FixAllAsync(source, FixAllScope.Solution, "CITE001", "CITE008"));
        var document = verifier.CreateDocument(source);
        foreach (var diagnostic in (await verifier.DiagnosticsAsync(document)).Where(d => d.Id is "CITE001" or "CITE008"))
        {
            Assert.DoesNotContain(await ActionsAsync(document, diagnostic), a => a.EquivalenceKey == CitationCodeFixProvider.ConfidentKey);
        }

        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id is "CITE001" or "CITE008").ToImmutableArray();
        // Document scope is supported: only the key decides that the confident Fix All adds nothing.
        Assert.Null(await FixAllActionAsync(document, diagnostics, FixAllScope.Document, CitationCodeFixProvider.ConfidentKey));
        Assert.NotNull(await FixAllActionAsync(document, diagnostics, FixAllScope.Document, AddToCorpusCodeFixProvider.EquivalenceKeyPrefix + CorpusPath));
    }

    private static async Task<ImmutableArray<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await new AddToCorpusCodeFixProvider().RegisterCodeFixesAsync(context);
        await new CitationCodeFixProvider().RegisterCodeFixesAsync(context);
        return actions.ToImmutable();
    }

    /// <summary>Fix All of the first corpus file's action, as the IDE runs it from that action.</summary>
    [Fact]
    public async Task Dotnet_formats_solution_scope_never_writes_the_corpus()
    {
        // dotnet format fixes each diagnostic id in solution scope: adding a paper is for a person to ask.
        var verifier = Verifier.Create().WithFile(CorpusPath, Header);
        var document = verifier.CreateDocument("// Paper: Quaxitron\nclass A { }\n");
        var diagnostics = (await verifier.DiagnosticsAsync(document)).Where(d => d.Id == "CITE001").ToImmutableArray();
        Assert.Single(diagnostics);
        Assert.DoesNotContain(FixAllScope.Solution, new AddToCorpusCodeFixProvider().GetFixAllProvider().GetSupportedFixAllScopes());
        Assert.Null(await FixAllActionAsync(document, diagnostics, FixAllScope.Solution, AddToCorpusCodeFixProvider.EquivalenceKeyPrefix + CorpusPath));
    }

    private static async Task<Solution> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAllScope scope)
    {
        var action = await FixAllActionAsync(document, diagnostics, scope, AddToCorpusCodeFixProvider.EquivalenceKeyPrefix + CorpusPath);
        Assert.NotNull(action);
        return await Verifier.ApplyToSolutionAsync(action!);
    }

    private static Task<CodeAction?> FixAllActionAsync(Document document, ImmutableArray<Diagnostic> diagnostics, FixAllScope scope, string key)
    {
        var provider = new AddToCorpusCodeFixProvider();
        var context = new FixAllContext(document, provider, scope, key, provider.FixableDiagnosticIds, new Diagnostics(diagnostics), CancellationToken.None);
        return provider.GetFixAllProvider().GetFixAsync(context);
    }

    private static async Task<string> CorpusTextAsync(Solution solution, Document document)
        => (await solution.GetProject(document.Project.Id)!.AdditionalDocuments.Single(d => d.FilePath == CorpusPath).GetTextAsync()).ToString();

    private static Paper ReadBack(string text)
    {
        var read = PaperTsv.Read(text, CorpusPath);
        Assert.Empty(read.Problems);
        return read.Papers[^1].Paper;
    }

    private sealed class Diagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Diagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(Enumerable.Empty<Diagnostic>());
    }
}
