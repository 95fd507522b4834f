using System;
using System.Collections.Generic;

namespace CitationLint.Corpus;

/// <summary>
/// Finds the short names a paper introduces for itself: the name before the colon of a title
/// (<c>MKOR: …</c>) when it is a name and not a phrase, and the name the abstract gives its own
/// contribution ("we propose … (MeZO)", "called X", "named X", "dubbed X"). Generic field acronyms
/// (LLMs, GNNs, ZO, KV…) and other papers' methods are never aliases.
/// </summary>
// Past 500 lines for one reason: the stop lists of generic names are data the one mining pass
// reads; the phrase patterns are in NamingPhrases.cs, the shapes of a name in NameForms.cs.
public static partial class AliasMiner
{
    // Acronyms and model names of the field that abstracts use but no paper owns.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "AI", "ML", "NLP", "CV", "RL", "RLHF", "DPO", "PPO", "LLM", "LM", "VLM", "MLLM", "DLM", "DLLM", "dLLM", "dMLLM", "dVLM", "MDM", "ARM",
        "GNN", "MPNN", "HNN", "CNN", "RNN", "DNN", "NN", "SSM", "MLP", "ZO", "ZOO", "FO", "KV", "PEFT", "SGD", "ICL", "CoT", "RAG",
        "GPU", "TPU", "CPU", "NPU", "NIC", "RDMA", "MPI", "HPC", "API", "SDE", "ODE", "PDE", "GAN", "VAE", "ViT", "BERT", "GPT", "QA",
        "OOD", "SOTA", "IID", "LoRA", "AR", "NAR", "SP", "FP", "SC", "SCs", "FID", "BLEU", "E2E", "P2P", "CTR", "SEO", "DAG", "FFT",
        "CUDA", "SIMD", "ASR", "TTS", "MoE", "LLaMA", "Llama", "AdamW", "Adam", "LAMB", "KFAC", "KAISA", "SD", "DM", "DDPM", "DDIM",
        "ELBO", "KL", "MSE", "AUC", "MAP", "MLE", "PCA", "SVD", "GP", "EBM", "HMM", "CRF", "TD", "MDP", "NAS", "IR", "RTL", "HDL",
        "SQL", "JSON", "XML", "HTML", "URL", "IO", "I/O", "OS", "VM", "DNA", "RNA", "3D", "2D", "1D", "N:M", "NPUs", "GPUs", "USD",
        "US", "UK", "EU", "II", "III", "IV", "OK", "TL;DR", "PhD", "NeurIPS", "ICML", "ICLR", "ACL", "EMNLP", "CVPR", "GitHub", "Python",
        "PyTorch", "JAX", "Rust", "OpenMP", "Verilog", "Transformer", "Transformers", "Mamba", "HuggingFace",
    };

    // Words that make a title's prefix a phrase rather than a name.
    private static readonly HashSet<string> PhraseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "with", "via", "from", "by", "at", "as", "is", "are", "be",
        "can", "do", "does", "when", "why", "how", "what", "which", "towards", "toward", "beyond", "through", "into", "over", "under",
        "not", "all", "you", "need", "your", "we", "our", "its", "their", "survey", "review", "overview", "tutorial", "position",
        "introduction", "primer", "benchmark", "case", "study", "lessons", "part",
    };

    private static readonly string[] ContributionVerbs =
    {
        "propose", "proposes", "present", "presents", "introduce", "introduces", "develop", "develops", "design", "designs",
        "build", "builds", "release", "releases", "contribute", "contributes", "unveil", "unveils", "describe", "describes",
        "curate", "curates", "create", "creates", "construct", "constructs", "devise", "devises", "collect", "collects",
    };

    private static readonly string[] NamingWords = { "called", "named", "dubbed", "termed", "coined", "namely", "call", "name", "dub", "term" };

    private static readonly string[] Subjects = { "we", "this paper", "this work", "this study", "this article", "this report", "this letter", "this note", "our work", "our paper" };

    /// <summary>Every alias of the paper, title name first, in the order found, without repeats.</summary>
    public static IReadOnlyList<string> Mine(string title, string? abstractText)
    {
        var aliases = new List<string>();
        var fromTitle = FromTitle(title);
        if (fromTitle is not null)
        {
            aliases.Add(fromTitle);
        }

        if (!string.IsNullOrEmpty(abstractText))
        {
            foreach (var a in FromAbstract(abstractText!, title))
            {
                if (!Contains(aliases, a) && !string.Equals(a, title, StringComparison.OrdinalIgnoreCase))
                {
                    aliases.Add(a);
                }
            }
        }

        return aliases;
    }

    /// <summary>True for acronyms and names of the field that no paper owns (<c>LLMs</c>, <c>GNNs</c>, <c>ZO</c>, <c>KV</c>).</summary>
    public static bool IsGeneric(string name)
    {
        if (Generic.Contains(name))
        {
            return true;
        }

        // Plurals: LLMs, GNNs, MPNNs, SSMs, dLLMs.
        return name.Length > 2 && name[name.Length - 1] == 's' && Generic.Contains(name.Substring(0, name.Length - 1));
    }

    /// <summary>
    /// A distinctive name: an acronym (<c>MKOR</c>, <c>PASS</c>), inner capitals (<c>MeZO</c>, <c>GaLore</c>),
    /// letters with digits (<c>T3</c>, <c>ZO2</c>) or symbols (<c>DPM-Solver++</c>, <c>A*-Decoding</c>).
    /// A capitalised English word (<c>Medusa</c>) is a name only where the text introduces it as one.
    /// </summary>
    public static bool IsDistinctive(string token)
    {
        if (token.Length < 2 || IsGeneric(token))
        {
            return false;
        }

        bool hasLetter = false, hasDigit = false, innerUpper = false, symbol = false, allUpper = true;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (char.IsLetter(c))
            {
                hasLetter = true;
                if (char.IsUpper(c))
                {
                    innerUpper |= i > 0;
                }
                else
                {
                    allUpper = false;
                }
            }
            else if (char.IsDigit(c))
            {
                hasDigit = true;
            }
            else if (c is '+' or '*' or '^')
            {
                symbol = true;
            }
        }

        return hasLetter && (innerUpper || hasDigit || symbol || allUpper);
    }

    internal static string? FromTitle(string title)
    {
        var colon = title.IndexOf(':');
        if (colon <= 0 || colon + 1 < title.Length && title[colon + 1] != ' ')
        {
            return null;
        }

        var prefix = title.Substring(0, colon).Trim();
        if (prefix.IndexOf(',') >= 0 || prefix.IndexOf('?') >= 0 || prefix.Length > 40)
        {
            return null;
        }

        var words = prefix.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 1 && string.Equals(words[0], "The", StringComparison.Ordinal) ? 1 : 0;
        var count = words.Length - start;
        if (count == 0 || count > 4)
        {
            return null;
        }

        var distinctive = false;
        for (var i = start; i < words.Length; i++)
        {
            var w = words[i];
            if (PhraseWords.Contains(w))
            {
                return null;
            }

            if (count > 1 && !IsDistinctive(w)
                && (i == start && w.EndsWith("ing", StringComparison.Ordinal) || i == words.Length - 1 && w.EndsWith("ed", StringComparison.Ordinal)))
            {
                // "Revisiting VerilogEval", "LLM Inference Unveiled": a verb makes it a phrase.
                return null;
            }

            if (!char.IsUpper(w[0]) && !char.IsDigit(w[0]) && !IsDistinctive(w) && count > 1)
            {
                return null;
            }

            distinctive |= IsDistinctive(w);
        }

        var name = string.Join(" ", words, start, count);
        if (count == 1)
        {
            // A single word before the colon is the paper's name, unless it is a generic acronym.
            return IsGeneric(name) ? null : name;
        }

        // Several words: a name if one of them is distinctive ("Natural GaLore", "Pangu Ultra MoE") or if
        // it is short ("Graph Mamba", "Momentum Decoding"); four plain words are a phrase, and so are
        // plain words that a question follows ("Predictable Compression Failures: Why …").
        if (distinctive)
        {
            return name;
        }

        var rest = title.Substring(colon + 1).TrimStart();
        var firstOfRest = rest.Split(' ')[0];
        var question = firstOfRest is "Why" or "What" or "Can" or "Does" or "Do" or "Is" or "Are" or "Should";
        return count <= 3 && !question ? name : null;
    }

    internal static List<string> FromAbstract(string text, string title = "")
    {
        var found = new List<string>();
        var tokens = Tokenize(text);
        var fromTitle = title.Length == 0 ? null : FromTitle(title);
        if (fromTitle is not null)
        {
            // Variants and spelled-out forms of the title's name count too ("Medusa-1", "Medusa-2").
            found.Add(fromTitle);
        }

        var sentenceStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsSentenceEnd)
            {
                sentenceStart = i + 1;
                continue;
            }

            if (IsOneOf(t.Text, NamingWords) && !t.IsPunctuation)
            {
                // "called X", "named X", "which we call X".
                var isVerbForm = t.Text is "call" or "name" or "dub" or "term";
                if (!isVerbForm || HasSubject(tokens, sentenceStart, i))
                {
                    TakeName(tokens, i + 1, found, parenSearch: HasSubject(tokens, sentenceStart, i), afterNamingWord: true);
                    if (title.Length > 0 && i + 1 < tokens.Count && char.IsLower(tokens[i + 1].Text[0]))
                    {
                        // "namely hidden transfer, which …" with "… via Hidden Transfer for …" in the title.
                        AddTitlePhrase(title, tokens, i + 1, found);
                    }
                }
            }
            else if (t.Text is "proposed" or "introduced" && i > 0 && tokens[i - 1].Text is "the" or "The" or "our" or "Our")
            {
                // "the proposed Soft-Isomorphic … Network (SINC-GCN)", "the proposed neighborhood-contextualized message-passing (NCMP) framework".
                TakeName(tokens, i + 1, found, parenSearch: true, afterNamingWord: false);
            }
            else if (TryNamingPhrase(tokens, sentenceStart, i, found, title))
            {
                // "its greedy variant, X", "we refer … as the X", "we extend X to Y".
            }
            else if (t.Text == "Our" && i == sentenceStart && OurContributionComma(tokens, i) is var comma && comma > 0)
            {
                // "Our contribution, Decomposable Flow Matching (DFM), is …", "Our proposed method, … (DTS)".
                TakeName(tokens, comma + 1, found, parenSearch: false, afterNamingWord: true);
            }
            else if (IsOneOf(t.Text, ContributionVerbs) && HasSubject(tokens, sentenceStart, i))
            {
                TakeName(tokens, i + 1, found, parenSearch: true, afterNamingWord: false);
                if (title.Length > 0)
                {
                    AddTitlePhrase(title, tokens, i + 1, found);
                }
            }
        }

        if (title.Length > 0)
        {
            AddSpelledOutForms(title, tokens, found);
        }

        AddNovelAppositions(tokens, found);

        AddVariants(tokens, found);
        if (fromTitle is not null)
        {
            found.Remove(fromTitle);
        }

        return found;
    }

    /// <summary>Reads the name that starts at <paramref name="at"/> (after "the"), or the first parenthesised acronym of the clause.</summary>
    private static void TakeName(List<Token> tokens, int at, List<string> found, bool parenSearch, bool afterNamingWord)
    {
        // "we propose: (1) JRT-Prompt, …", "We then propose (2) JRT-RNN": an enumeration before the name.
        if (at < tokens.Count && tokens[at].Text == ":")
        {
            at++;
        }

        if (at + 2 < tokens.Count && tokens[at].Text == "(" && IsAllDigits(tokens[at + 1].Text) && tokens[at + 2].Text == ")")
        {
            at += 3;
        }

        if (at < tokens.Count && tokens[at].Text is "the" or "The")
        {
            at++;
        }

        // "We introduce a simple architecture, EGENNET, which …", "a novel framework, ZO2 (…)": the name in apposition.
        var comma = AppositionComma(tokens, at);
        if (comma > 0)
        {
            at = comma + 1;
            afterNamingWord = true;
        }

        // A run of capitalised or distinctive words: "Medusa", "Sparse MeZO", "Graph Mamba Networks".
        var end = at;
        while (end < tokens.Count && !tokens[end].IsPunctuation && end - at < 8)
        {
            var w = tokens[end].Text;
            var ok = end == at
                ? char.IsUpper(w[0]) || char.IsDigit(w[0]) || IsDistinctive(w)
                : char.IsUpper(w[0]) || char.IsDigit(w[0])
                    || (w is "by" or "of" or "for" or "with" or "to" or "in" or "on") && end + 1 < tokens.Count && IsCapitalised(tokens[end + 1]);
            if (!ok)
            {
                break;
            }

            end++;
        }

        // A run that ends on a lower-case function word was not a name after all.
        while (end > at && char.IsLower(tokens[end - 1].Text[0]) && !IsDistinctive(tokens[end - 1].Text))
        {
            end--;
        }

        var runLength = end - at;
        if (runLength > 0 && IsCitationAt(tokens, end))
        {
            // "called EF21 (Richtarik et al., 2021)": another paper's method, cited.
            return;
        }

        var acronym = ParenthesisedName(tokens, end);
        if (runLength > 0)
        {
            var next = end < tokens.Count ? tokens[end] : null;
            var continuesNoun = next is not null && !next.IsPunctuation && !IsFunctionWord(next.Text);
            if (acronym is not null)
            {
                // "Higher-order Linear Attention (HLA)": the acronym names it; a lone distinctive run is a name too ("ZeCO (Zero …)").
                Add(found, acronym);
                if (runLength == 1 && IsDistinctive(tokens[at].Text))
                {
                    Add(found, tokens[at].Text);
                }

                return;
            }

            if (!continuesNoun && runLength <= 3)
            {
                var name = Join(tokens, at, end);
                var single = runLength == 1 ? tokens[at].Text : null;
                if (single is null ? !AllGenericOrPlain(tokens, at, end) || runLength <= 2 : !IsGeneric(single) && !IsEnglishFunction(single))
                {
                    Add(found, name);

                    // "LightHGNN and LightHGNN^+", "DFedSAM and DFedSAM-MGS": two names of one contribution.
                    if (single is not null && end + 1 < tokens.Count && tokens[end].Text == "and" && IsDistinctive(tokens[end + 1].Text)
                        && (end + 2 == tokens.Count || tokens[end + 2].IsPunctuation || IsFunctionWord(tokens[end + 2].Text)))
                    {
                        Add(found, tokens[end + 1].Text);
                    }

                    return;
                }
            }
        }

        if (!parenSearch)
        {
            return;
        }

        // "we propose a memory-efficient zeroth-order optimizer (MeZO), …": the first parenthesis of the clause.
        for (var i = at; i < tokens.Count && i < at + 16; i++)
        {
            var t = tokens[i];
            if (t.IsSentenceEnd || t.Text is ";" or ":")
            {
                return;
            }

            if (!afterNamingWord && t.Text is "that" or "which" or "featuring" or "with" or "using"
                or "for" or "to" or "where" or "whose" or "including" or "such" or "via" or "by" or "than" or "over" or "unlike")
            {
                // The clause moved on from the contribution to what it uses or is compared with, unless
                // the acronym ahead spells out the capitalised words before it ("a Normalized Policy
                // Gradient method with Implicit Gradient Transport (N-PG-IGT)").
                AddSpelledOutAcronymAhead(tokens, at, i, found);
                return;
            }

            // "a large-scale … commit message dataset MCMD": a contribution noun and its name.
            if (NounAndName(tokens, i) is { } named)
            {
                Add(found, named);
                return;
            }

            if (t.Text == "(")
            {
                var name = ParenthesisedName(tokens, i);
                if (name is not null)
                {
                    Add(found, name);
                }

                return;
            }
        }
    }

    /// <summary>"( NAME )" at <paramref name="at"/> followed by the end of the noun phrase; null otherwise.</summary>
    private static string? ParenthesisedName(List<Token> tokens, int at)
    {
        if (at + 2 >= tokens.Count || tokens[at].Text != "(" || tokens[at + 2].Text != ")")
        {
            return null;
        }

        var name = tokens[at + 1].Text;
        if (tokens[at + 1].IsPunctuation || !IsDistinctive(name))
        {
            return null;
        }

        // "(PVI) based fine-tuning": the acronym names an ingredient, not the contribution.
        if (at + 3 < tokens.Count && tokens[at + 3].Text is "based" or "inspired" or "style" or "like")
        {
            return null;
        }

        return name;
    }

    private static bool IsCapitalised(Token t) => !t.IsPunctuation && (char.IsUpper(t.Text[0]) || char.IsDigit(t.Text[0]));

    /// <summary>"( Author et al" or "( … 2021 )" at <paramref name="at"/>: a citation of another work.</summary>
    private static bool IsCitationAt(List<Token> tokens, int at)
    {
        if (at >= tokens.Count || tokens[at].Text != "(")
        {
            return false;
        }

        for (var i = at + 1; i < tokens.Count && i < at + 8 && tokens[i].Text != ")"; i++)
        {
            var w = tokens[i].Text;
            if (w == "et" && i + 1 < tokens.Count && tokens[i + 1].Text == "al" || w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && IsAllDigits(w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllDigits(string w)
    {
        foreach (var c in w)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSubject(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var w = tokens[i].Text;
            if (string.Equals(w, "we", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if ((string.Equals(w, "this", StringComparison.OrdinalIgnoreCase) || string.Equals(w, "our", StringComparison.OrdinalIgnoreCase)) && i + 1 < to)
            {
                var next = tokens[i + 1].Text.ToLowerInvariant();
                foreach (var s in Subjects)
                {
                    if (s.EndsWith(" " + next, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool AllGenericOrPlain(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsDistinctive(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFunctionWord(string w) => w is "and" or "or" or "that" or "which" or "for" or "to" or "with" or "in" or "on" or "by"
        or "from" or "is" or "as" or "of" or "at" or "via" or "using" or "where" or "who" or "whose" or "we" or "can" or "has" or "was" or "will";

    private static bool IsEnglishFunction(string w) => PhraseWords.Contains(w) || w is "A" or "An" or "In" or "It" or "This" or "These" or "Our" or "We";

    private static void Add(List<string> found, string name)
    {
        if (!IsGeneric(name) && !Contains(found, name))
        {
            found.Add(name);
            AddSlashForms(found, name);
        }
    }

    private static bool Contains(List<string> list, string s)
    {
        foreach (var x in list)
        {
            if (string.Equals(x, s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string w, string[] words)
    {
        foreach (var x in words)
        {
            if (string.Equals(w, x, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Join(List<Token> tokens, int from, int to)
    {
        var parts = new string[to - from];
        for (var i = from; i < to; i++)
        {
            parts[i - from] = tokens[i].Text;
        }

        return string.Join(" ", parts);
    }
}
