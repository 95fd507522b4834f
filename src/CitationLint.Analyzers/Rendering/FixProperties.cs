namespace CitationLint.Analyzers.Rendering;

/// <summary>
/// How a diagnostic carries its fixes to the code fix provider: <c>N</c> replacements of the span
/// <c>FixStart</c>/<c>FixLength</c>, each an already-escaped <c>Text{i}</c> with a <c>Label{i}</c> and
/// the paper's <c>Key{i}</c>, and <c>Confident</c> when Fix All may apply the first one unattended
/// (DESIGN 4a). A verdict of a paper outside the corpus also carries that paper as cited, under the
/// <c>Add.</c> keys, for the fix that adds it to a project corpus: raw text, which the corpus writer
/// escapes where it lands; <c>Add.Authors</c> holds one name a line.
/// </summary>
internal static class FixProperties
{
    public const string CountKey = "N";
    public const string ConfidentKey = "Confident";
    public const string FixStartKey = "FixStart";
    public const string FixLengthKey = "FixLength";
    public const string TextKeyPrefix = "Text";
    public const string LabelKeyPrefix = "Label";
    public const string KeyKeyPrefix = "Key";

    public const string AddKey = "Add.Key";
    public const string AddTitle = "Add.Title";
    public const string AddName = "Add.Name";
    public const string AddArxivId = "Add.ArxivId";
    public const string AddUrl = "Add.Url";
    public const string AddYear = "Add.Year";
    public const string AddAuthors = "Add.Authors";
}
