namespace CivilityBot.Knowledge;

/// <summary>Picks the reply language: Chinese first, English when the user clearly writes English.</summary>
public static class ReplyLanguages
{
    /// <summary>From a Teams locale ("zh-cn", "en-us"); anything not English gets Chinese.</summary>
    public static ReplyLanguage FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? ReplyLanguage.English
            : ReplyLanguage.Chinese;

    /// <summary>
    /// Chinese when the text has Chinese characters, unless it is an English sentence that only quotes Chinese names
    /// or terms ("what does 宋伟 handle": two or more English words). English when it has English words and no
    /// Chinese. Text with neither ("16", "#16") gets Chinese, the users' first language.
    /// </summary>
    public static ReplyLanguage FromText(string text)
    {
        var hasChinese = false;
        var englishWords = 0;
        var letters = 0;
        foreach (var character in text)
        {
            if (IsChinese(character)) hasChinese = true;
            if (char.IsAsciiLetter(character)) { letters++; continue; }
            if (letters >= 2) englishWords++;
            letters = 0;
        }

        if (letters >= 2) englishWords++;
        var english = hasChinese ? englishWords >= 2 : englishWords >= 1;
        return english ? ReplyLanguage.English : ReplyLanguage.Chinese;
    }

    public static bool IsChinese(char character) =>
        character is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf' or >= '\uf900' and <= '\ufaff';
}
