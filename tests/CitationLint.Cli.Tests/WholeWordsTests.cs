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

    [Fact]
    public void Random_texts_and_names_give_what_a_search_for_each_name_gives()
    {
        var random = new Random(20261203);
        const string alphabet = "abAB_1 .\n/*@é\u00A0\u0300Ωx";
        for (var round = 0; round < 5000; round++)
        {
            var names = new List<string>();
            for (var n = random.Next(0, 5); n > 0; n--)
            {
                names.Add(RandomText(random, alphabet, random.Next(0, 4)));
            }

            var text = RandomText(random, alphabet, random.Next(0, 60));
            var words = new WholeWords(names);

            Assert.True(Search(text, names) == words.AnyIn(text), $"round {round}: \"{text}\" for [{string.Join(", ", names)}]");
        }
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
