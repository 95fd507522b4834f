using System.Text;
using CitationLint.Cli.Fix;
using Microsoft.CodeAnalysis.Text;

namespace CitationLint.Cli.Tests;

/// <summary>The changes a fix is reported and shown as (<see cref="LineDiff"/>): from the two texts alone.</summary>
public sealed class LineDiffTests
{
    [Fact]
    public void Random_texts_give_changes_that_make_the_one_from_the_other_and_change_only_what_differs()
    {
        var random = new Random(20261202);
        for (var round = 0; round < 3000; round++)
        {
            var before = RandomText(random, random.Next(0, 30));
            var after = round % 3 == 0 ? RandomText(random, random.Next(0, 30)) : Edited(random, before);
            var changes = LineDiff.Changes(SourceText.From(before), SourceText.From(after));

            Assert.Equal(after, SourceText.From(before).WithChanges(changes).ToString());
            var end = -1;
            foreach (var c in changes)
            {
                Assert.True(c.Span.Start > end || (end < 0 && c.Span.Start >= 0), $"round {round}: changes overlap or are out of order");
                end = c.Span.End;
                Assert.NotEqual(before.Substring(c.Span.Start, c.Span.Length), c.NewText);
            }

            Assert.Equal(changes, LineDiff.Changes(SourceText.From(before), SourceText.From(after)));
        }
    }

    [Fact]
    public void Two_edited_lines_among_many_like_them_are_two_changes_of_those_lines()
    {
        // Lines much alike, as generated code has: a differ of the trees moved lines around the edits.
        var lines = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "        value = Math.Max(value, 5); // clamp\n" : "        return value;\n").ToArray();
        var before = string.Concat(lines);
        lines[7] = "        return value; // Paper: MeZO\n";
        lines[30] = "        value = Math.Max(value, 6); // clamp\n";
        var after = string.Concat(lines);

        var changes = LineDiff.Changes(SourceText.From(before), SourceText.From(after));

        Assert.Equal(2, changes.Count);
        Assert.Equal(" // Paper: MeZO", changes[0].NewText);
        Assert.Equal(string.Concat(lines.Take(7)).Length + "        return value;".Length, changes[0].Span.Start);
        Assert.Equal("6", changes[1].NewText);
        Assert.Equal(after, SourceText.From(before).WithChanges(changes).ToString());
    }

    [Fact]
    public void Texts_that_differ_in_more_lines_than_the_search_follows_are_one_change_between_their_common_start_and_end()
    {
        var before = "head\n" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"a{i}\n")) + "tail\n";
        var after = "head\n" + string.Concat(Enumerable.Range(0, 1500).Select(i => $"b{i}\n")) + "tail\n";

        var change = Assert.Single(LineDiff.Changes(SourceText.From(before), SourceText.From(after)));

        Assert.Equal(SourceText.From(before).WithChanges(change).ToString(), after);
        Assert.Equal(5, change.Span.Start);
    }

    [Theory]
    [InlineData("\U0001F600", "\U0001F601", 0, 2, "\U0001F601")]
    [InlineData("x\r\n", "x\n", 1, 2, "\n")]
    [InlineData("ab\n", "ab\r\n", 2, 1, "\r\n")]
    public void A_trimmed_change_never_parts_a_surrogate_pair_or_a_line_break(string before, string after, int start, int length, string newText)
    {
        var text = SourceText.From(before);
        var change = Assert.Single(LineDiff.Trimmed(text, new[] { new TextChange(new TextSpan(0, before.Length), after) }));
        Assert.Equal(new TextSpan(start, length), change.Span);
        Assert.Equal(newText, change.NewText);
        Assert.Equal(after, text.WithChanges(change).ToString());
    }

    private static string RandomText(Random random, int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            text.Append("abc"[random.Next(3)]);
            if (random.Next(4) == 0)
            {
                text.Append("xy"[random.Next(2)]);
            }

            // Mostly "\n", sometimes "\r\n" or none at the very end.
            if (i < lines - 1 || random.Next(2) == 0)
            {
                text.Append(random.Next(5) == 0 ? "\r\n" : "\n");
            }
        }

        return text.ToString();
    }

    private static string Edited(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        for (var e = random.Next(1, 4); e > 0; e--)
        {
            var at = random.Next(lines.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    lines.Insert(at, "new" + random.Next(10));
                    break;
                case 1 when at < lines.Count:
                    lines.RemoveAt(at);
                    break;
                default:
                    if (at < lines.Count)
                    {
                        lines[at] += "z";
                    }

                    break;
            }
        }

        return string.Join('\n', lines);
    }
}

/// <summary>The <c>--dry-run</c> diff (<see cref="UnifiedDiff"/>): hunk headers and lines as <c>diff -u</c> gives them.</summary>
public sealed class UnifiedDiffTests
{
    [Theory]
    [InlineData("a\nb\nc\n", 0, 1, "A", "@@ -1,3 +1,3 @@|-a|+A| b| c|")]
    [InlineData("a\n", 2, 0, "b\n", "@@ -1,1 +1,2 @@| a|+b|")]
    [InlineData("a\nb\n", 2, 2, "", "@@ -1,2 +1,1 @@| a|-b|")]
    [InlineData("", 0, 0, "x\n", "@@ -0,0 +1,1 @@|+x|")]
    [InlineData("1\n2\n3\n4\n5\n6\n7\n8\n9\n", 8, 1, "V", "@@ -2,7 +2,7 @@| 2| 3| 4|-5|+V| 6| 7| 8|")]
    public void A_change_gives_the_hunk_diff_would(string before, int start, int length, string newText, string expected)
    {
        var old = SourceText.From(before);
        var changed = old.WithChanges(new TextChange(new TextSpan(start, length), newText));
        var writer = new StringWriter { NewLine = "\n" };

        UnifiedDiff.Write("F.cs", old, changed, writer);

        Assert.Equal("--- a/F.cs\n+++ b/F.cs\n" + expected.Replace('|', '\n'), writer.ToString());
    }
}
