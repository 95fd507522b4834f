using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CitationLint.Benchmarks;

/// <summary>
/// A deterministic tree of realistic C# (issue 10: at least 1,000 files and 20 MB), modelled on the
/// C# of large open-source ML libraries: a license header on most files, XML documentation on most
/// members (summary, param, returns, remarks, see cref), inline comments, code-like comments and
/// TODOs, URLs of docs, issues and answers, and a sprinkling of citations in every style real code
/// uses — most of papers the corpora hold, some of papers outside them, a few misspelt.
/// </summary>
public static class RealisticSources
{
    private static readonly string[] Licenses =
    {
        "// Licensed to the .NET Foundation under one or more agreements.\n// The .NET Foundation licenses this file to you under the MIT license.\n// See the LICENSE file in the project root for more information.\n",
        "/*\n * Copyright (c) Contoso Ltd. All rights reserved.\n *\n * Licensed under the Apache License, Version 2.0 (the \"License\");\n * you may not use this file except in compliance with the License.\n * You may obtain a copy of the License at\n *\n *     http://www.apache.org/licenses/LICENSE-2.0\n *\n * Unless required by applicable law or agreed to in writing, software\n * distributed under the License is distributed on an \"AS IS\" BASIS,\n * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n */\n",
        "// Copyright (c) Microsoft Corporation. All rights reserved.\n// Licensed under the MIT License.\n",
    };

    private static readonly string[] Prose =
    {
        "Gets or sets the number of elements in the buffer.", "Returns the tensor with the given shape, reusing storage when possible.",
        "The learning rate used by the optimizer at each step.", "Computes the gradient of the loss with respect to the parameters.",
        "Initializes a new instance of the class with default options.", "Thrown when the input has an unexpected number of dimensions.",
        "This method is thread-safe and may be called concurrently.", "Applies the transform in place and returns the same instance.",
        "The value must be positive; zero disables the feature.", "Reads the next batch from the underlying data source.",
        "When true, the result is cached for subsequent calls.", "Normalizes each row so that it sums to one.",
    };

    private static readonly string[] Inline =
    {
        "// Fast path: the common case of a contiguous buffer.", "// TODO: remove once the upstream fix ships.", "// NOTE: keep in sync with the native kernel.",
        "// var old = ComputeSlow(input);", "// See https://github.com/dotnet/runtime/issues/48390 for the JIT issue.",
        "// Workaround for https://stackoverflow.com/questions/1069103", "// Avoid boxing here; this is hot.", "// HACK: the API returns -1 on EOF.",
        "// The shape is [batch, seq, hidden].", "// return x.Reshape(-1, 4);", "// Docs: https://learn.microsoft.com/dotnet/api/system.span-1",
        "// We clamp to avoid NaN in log(0).", "// Matches PyTorch's default (eps = 1e-8).", "// i is the row, j the column.",
    };

    // Citations as real code writes them: corpus papers (MeZO, Medusa, Adam, ResNet…), papers outside the corpora, a few misspellings.
    private static readonly string[] Citations =
    {
        "// Paper: MeZO", "// Paper: Medusa — \"Medusa: Simple LLM Inference Acceleration Framework with Multiple Decoding Heads\" (https://arxiv.org/abs/2401.10774)",
        "// Based on https://arxiv.org/abs/1512.03385", "// Adam: A Method for Stochastic Optimization (https://arxiv.org/abs/1412.6980)",
        "/// <see href=\"https://arxiv.org/abs/1706.03762\">Attention Is All You Need</see>", "// Reference: Kingma and Ba, 2014",
        "// Cites: Medusa, SpecTr", "// See \"Deep Residual Learning for Image Recognition\" (He et al., 2016).",
        "// Implements the algorithm from https://arxiv.org/abs/1609.09106", "// Paper: Medsua", "// [1] D. P. Kingma and J. Ba, \"Adam: A Method for Stochastic Optimization,\" arXiv:1412.6980, 2014.",
        "// Described in Lou, Caruana, and Gehrke.", "// As in FlashAttention.", "// https://arxiv.org/pdf/2205.14135.pdf",
    };

    private static readonly string[] Types = { "Tensor", "Span<float>", "int", "double", "string", "IReadOnlyList<int>", "bool", "long" };

    /// <summary>Files of the tree, each (path, text), until <paramref name="files"/> files and <paramref name="bytes"/> characters are reached.</summary>
    public static List<(string Path, string Text)> Create(int files = 1_000, int bytes = 20_000_000, int seed = 20261201)
    {
        var random = new Random(seed);
        var list = new List<(string, string)>(files);
        var total = 0;
        for (var i = 0; list.Count < files || total < bytes; i++)
        {
            var text = File(random, i);
            list.Add(("src/Generated/Area" + (i % 40).ToString(CultureInfo.InvariantCulture) + "/File" + i.ToString(CultureInfo.InvariantCulture) + ".cs", text));
            total += text.Length;
        }

        return list;
    }

    private static string File(Random random, int index)
    {
        var sb = new StringBuilder(24_000);
        if (random.Next(10) < 8)
        {
            sb.Append(Licenses[random.Next(Licenses.Length)]).Append('\n');
        }

        sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace Generated.Area").Append(index % 40).Append(";\n\n");
        var types = 1 + random.Next(3);
        for (var t = 0; t < types; t++)
        {
            Doc(sb, random, "");
            if (random.Next(30) == 0)
            {
                sb.Append("[CitationLint.Cites(\"").Append(random.Next(2) == 0 ? "MeZO" : "Medusa").Append("\")]\n");
            }

            sb.Append("public sealed class Type").Append(index).Append('_').Append(t).Append("\n{\n");
            var members = 8 + random.Next(22);
            for (var m = 0; m < members; m++)
            {
                Member(sb, random, m);
            }

            sb.Append("}\n\n");
        }

        return sb.ToString();
    }

    private static void Doc(StringBuilder sb, Random random, string indent)
    {
        if (random.Next(10) < 7)
        {
            sb.Append(indent).Append("/// <summary>\n").Append(indent).Append("/// ").Append(Prose[random.Next(Prose.Length)]).Append('\n');
            if (random.Next(4) == 0)
            {
                sb.Append(indent).Append("/// ").Append(Prose[random.Next(Prose.Length)]).Append(" See <see cref=\"Type0_0\"/>.\n");
            }

            sb.Append(indent).Append("/// </summary>\n");
            if (random.Next(3) == 0)
            {
                sb.Append(indent).Append("/// <param name=\"value\">").Append(Prose[random.Next(Prose.Length)]).Append("</param>\n");
                sb.Append(indent).Append("/// <returns>").Append(Prose[random.Next(Prose.Length)]).Append("</returns>\n");
            }

            if (random.Next(12) == 0)
            {
                sb.Append(indent).Append("/// <remarks>").Append(Prose[random.Next(Prose.Length)]).Append("</remarks>\n");
            }
        }

        if (random.Next(40) == 0)
        {
            sb.Append(indent).Append(Citations[random.Next(Citations.Length)]).Append('\n');
        }
    }

    private static void Member(StringBuilder sb, Random random, int m)
    {
        Doc(sb, random, "    ");
        var type = Types[random.Next(Types.Length)];
        if (random.Next(3) == 0)
        {
            sb.Append("    public ").Append(type).Append(" Property").Append(m).Append(" { get; set; }\n\n");
            return;
        }

        sb.Append("    public int Method").Append(m).Append("(int value, IReadOnlyList<int> items)\n    {\n");
        var statements = 4 + random.Next(20);
        for (var s = 0; s < statements; s++)
        {
            if (random.Next(4) == 0)
            {
                sb.Append("        ").Append(Inline[random.Next(Inline.Length)]).Append('\n');
            }

            switch (random.Next(5))
            {
                case 0:
                    sb.Append("        var x").Append(s).Append(" = items.Where(i => i % ").Append(2 + random.Next(9)).Append(" == 0).Sum();\n");
                    break;
                case 1:
                    sb.Append("        for (var i = 0; i < items.Count; i++)\n        {\n            value += items[i] * ").Append(random.Next(100)).Append(";\n        }\n");
                    break;
                case 2:
                    sb.Append("        if (value > ").Append(random.Next(1000)).Append(")\n        {\n            throw new ArgumentOutOfRangeException(nameof(value), \"The value is out of range.\");\n        }\n");
                    break;
                case 3:
                    sb.Append("        value = Math.Max(value, ").Append(random.Next(50)).Append("); // clamp\n");
                    break;
                default:
                    sb.Append("        var name").Append(s).Append(" = $\"item-{value}-").Append(random.Next(10_000)).Append("\";\n");
                    break;
            }
        }

        sb.Append("        return value;\n    }\n\n");
    }
}
