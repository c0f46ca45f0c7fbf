namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// Reads indicator numbers written with digits or Chinese numerals ("16", "十六", "二十八", "三一"). Anything longer
/// than a few digits is reported as <see cref="Huge"/> rather than overflowing.
/// </summary>
internal static class ChineseNumerals
{
    public const long Huge = long.MaxValue;

    private const string Digits = "零〇一二三四五六七八九";

    public static long Parse(string text)
    {
        if (text.All(char.IsAsciiDigit))
        {
            var significant = text.TrimStart('0');
            return significant.Length == 0 ? 0 : significant.Length > 9 ? Huge : long.Parse(significant, System.Globalization.CultureInfo.InvariantCulture);
        }

        return text.Length > 8 || text.IndexOfAny(['千', '万', '亿']) >= 0 ? Huge : ParseChinese(text);
    }

    private static long ParseChinese(string text)
    {
        if (!text.Contains('十') && !text.Contains('百'))
        {
            // Digit by digit, as in "三一" for 31.
            return text.Aggregate(0L, (value, character) => (value * 10) + DigitValue(character));
        }

        long total = 0;
        long current = 0;
        foreach (var character in text)
        {
            if (character == '百') { total += Math.Max(current, 1) * 100; current = 0; }
            else if (character == '十') { total += Math.Max(current, 1) * 10; current = 0; }
            else current = DigitValue(character);
        }

        return total + current;
    }

    // Digits holds 零 and 〇 before 一, so a digit's value is its index less one (unknown characters count as 0).
    private static int DigitValue(char character) => character == '两' ? 2 : Math.Max(0, Digits.IndexOf(character) - 1);
}
