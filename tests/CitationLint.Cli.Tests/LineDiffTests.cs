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
