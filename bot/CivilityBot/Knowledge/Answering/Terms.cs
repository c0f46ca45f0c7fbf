namespace CivilityBot.Knowledge.Answering;

/// <summary>Substring tests for normalized questions; English terms must start at a word boundary.</summary>
internal static class Terms
{
    public static bool HasAny(string text, params ReadOnlySpan<string> terms)
    {
        foreach (var term in terms)
        {
            if (Has(text, term)) return true;
        }

        return false;
    }

    public static bool Has(string text, string term)
    {
        if (term.Length == 0) return false;
        if (!char.IsAsciiLetter(term[0])) return text.Contains(term, StringComparison.Ordinal);
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsAsciiLetter(text[at - 1])) return true;
        }

        return false;
    }

    /// <summary>The first mapped value whose English term occurs in the text.</summary>
    public static string? FirstMapped(string text, IReadOnlyList<(string English, string Chinese)> map) =>
        map.FirstOrDefault(entry => Has(text, entry.English)).Chinese;
}
