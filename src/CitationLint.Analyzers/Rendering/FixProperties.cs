namespace CitationLint.Analyzers.Rendering;

/// <summary>
/// How a diagnostic carries its fixes to the code fix provider: <c>N</c> replacements of the span
/// <c>FixStart</c>/<c>FixLength</c>, each an already-escaped <c>Text{i}</c> with a <c>Label{i}</c> and
/// the paper's <c>Key{i}</c>, and <c>Confident</c> when Fix All may apply the first one unattended
/// (DESIGN 4a).
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
}
