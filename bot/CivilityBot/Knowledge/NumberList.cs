namespace CivilityBot.Knowledge;

/// <summary>Writes indicator numbers compactly: 1、2、3、5 becomes "1–3、5".</summary>
public static class NumberList
{
    public static string Format(IEnumerable<int> numbers, string separator = "、")
    {
        var sorted = numbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            parts.Add(j - i >= 2 ? $"{sorted[i]}–{sorted[j]}" : string.Join(separator, sorted[i..(j + 1)]));
            i = j + 1;
        }

        return string.Join(separator, parts);
    }
}
