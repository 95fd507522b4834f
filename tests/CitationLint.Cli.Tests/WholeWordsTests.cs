using System.Text;
using CitationLint.Cli.Check;

namespace CitationLint.Cli.Tests;

/// <summary>
/// The whole-word search that decides which unparsed files may declare what a citation attribute binds
/// to (<see cref="WholeWords"/>): it must find a name exactly where a search of the text for that name
/// with no identifier character either side does, or a file a build would bind to goes unparsed.
/// </summary>
public sealed class WholeWordsTests
{
    [Theory]
    [InlineData("class Paper {}", true)]
    [InlineData("class PaperTrail {}", false)]
    [InlineData("class MyPaper {}", false)]
    [InlineData("x.Paper.y", true)]
    [InlineData("// see Paper", true)]
    [InlineData("_Paper", false)]
    [InlineData("Paper_", false)]
    [InlineData("Paper1", false)]
    [InlineData("@Paper", true)]
    [InlineData("Paper", true)]
    [InlineData("", false)]
    [InlineData("CitationLint.Cites", true)]
    [InlineData("Citesé", false)]
    [InlineData("PaperX Paper", true)]
    [InlineData("Paper\u200D", false)]
    [InlineData("Paper\u0903", false)]
    [InlineData("\uD835\uDC9CPaper", true)]
    [InlineData("\uD835Paper", true)]
    public void A_name_is_found_only_as_a_whole_word(string text, bool expected)
        => Assert.Equal(expected, new WholeWords(new[] { "Paper", "Cites" }).AnyIn(text));

    [Fact]
    public void A_name_that_is_not_one_run_of_identifier_characters_is_still_found_with_nothing_of_the_kind_either_side()
    {
        var words = new WholeWords(new[] { "My.Cites" });

        Assert.True(words.AnyIn("[My.Cites(\"x\")]"));
        Assert.False(words.AnyIn("[AMy.Cites(\"x\")]"));
        Assert.False(words.AnyIn("[My.CitesMore(\"x\")]"));
        Assert.True(words.Contains("My.Cites"));
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("ab abc", true)]
    [InlineData("abcd", false)]
    [InlineData("x\uD835\uDC9C", false)]
    [InlineData("x \uD835\uDC9C", true)]
    public void Names_that_begin_other_names_names_that_are_not_identifier_runs_and_empty_or_twice_given_names(string text, bool expected)
        => Assert.Equal(expected, new WholeWords(new[] { "", "ab", "abc", "abc", "\uD835\uDC9C" }).AnyIn(text));

    /// <remarks>
    /// Format characters (U+200D, U+00AD), a spacing mark (U+0903), a surrogate pair and lone surrogates
    /// stand in the alphabet: C# counts the first three in identifiers and UTF-16 halves never.
    /// </remarks>
    [Fact]
    public void Random_texts_and_names_give_what_a_search_for_each_name_gives()
    {
        var random = new Random(20261203);
        const string alphabet = "abAB_1 .\n/*@é\u00A0\u0300Ωx\u200D\u00AD\u0903\uD835\uDC9C";
        for (var round = 0; round < 5000; round++)
        {
            var names = new List<string>();
            for (var n = random.Next(0, 5); n > 0; n--)
            {
                names.Add(RandomText(random, alphabet, random.Next(0, 4)));
            }

            var text = RandomText(random, alphabet, random.Next(0, 60));
            AssertAsSearched(text, names, round);
        }
    }

    /// <summary>
    /// As many names as the generated tree's attributes look up (the multi-string search's paths for
    /// large sets), in texts of thousands of characters whose filler can never be a name: each text
    /// holds names glued to identifier characters, and one of them standing whole in about half of them.
    /// </summary>
    [Fact]
    public void Hundreds_of_names_in_long_texts_give_what_a_search_for_each_name_gives()
    {
        var random = new Random(20261204);
        const string filler = "xyQ .\n(){}\u0300\u200D";
        var found = 0;
        for (var round = 0; round < 200; round++)
        {
            var names = new List<string>();
            for (var n = random.Next(100, 300); n > 0; n--)
            {
                names.Add(RandomText(random, "abcdAB_1", random.Next(1, 30)));
            }

            var text = new StringBuilder();
            var whole = round % 2 == 0 ? random.Next(20, 40) : -1;
            for (var piece = 0; text.Length < 3000; piece++)
            {
                var name = names[random.Next(names.Count)];
                text.Append(piece == whole ? " " + name + " " : piece % 4 == 0 ? "x" + name : piece % 4 == 1 ? name + "\u0300" : RandomText(random, filler, random.Next(1, 12)));
            }

            found += AssertAsSearched(text.ToString(), names, round) ? 1 : 0;
        }

        Assert.Equal(100, found);
    }

    private static bool AssertAsSearched(string text, List<string> names, int round)
    {
        var expected = Search(text, names);
        Assert.True(expected == new WholeWords(names).AnyIn(text), $"round {round}: \"{text}\" for [{string.Join(", ", names)}]");
        return expected;
    }

    /// <summary>The oracle: each name searched for on its own, kept where no identifier character touches it.</summary>
    private static bool Search(string text, List<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length == 0)
            {
                continue;
            }

            for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var end = i + name.Length;
                if ((i == 0 || !IsIdentifierPart(text[i - 1])) && (end == text.Length || !IsIdentifierPart(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsIdentifierPart(char c) => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierPartCharacter(c);

    private static string RandomText(Random random, string alphabet, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }
}
