using System.IO.Compression;
using System.Text;
using CivilityBot.Knowledge;
using MiniExcelLibs;

namespace CivilityBot.Tests.Knowledge.Rounds;

/// <summary>
/// Writes a campaign's task breakdown table as the office keeps it: a title row, the header 序号 / 考评内容 / 考评标准 /
/// 考评方式 / 责任科室 / 责任人, one row per sub-criterion, 序号 and 考评内容 merged over a category, the last three
/// columns merged where neighbouring rows share them, points as "（2分）", two-character names padded ("宋 伟").
/// </summary>
internal static class TaskTableWorkbook
{
    public static string[] Header => ["序号", "考评内容", "考评标准", "考评方式", "责任科室", "责任人"];

    public static byte[] Of(Campaign campaign, Func<string[], string[]>? edit = null, string[]? header = null)
    {
        var rows = new List<string[]> { Enumerable.Repeat("岳阳市住房和城乡建设局复查测评任务分解表", 6).ToArray(), header ?? Header };
        var merges = new List<string> { "A1:F1" };
        foreach (var category in campaign.Categories)
        {
            var first = rows.Count + 1;
            var content = category.NameInferred ? string.Empty : category.Name + (category.DeclaredPoints is { } points ? $" {points} 分" : string.Empty);
            foreach (var indicator in campaign.IndicatorsIn(category))
            {
                rows.AddRange(indicator.SubCriteria.Select((sub, index) => (edit ?? (row => row))(
                [
                    category.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), content,
                    (index == 0 ? $"{indicator.Number})" : string.Empty) + $"{sub.Text}（{sub.Score}分）",
                    string.Join(" ", campaign.MethodsOf(sub)),
                    string.Join("\n", campaign.OwnersOf(sub).Select(owner => owner.Department)),
                    string.Join("\n", campaign.OwnersOf(sub).Select(owner => Pad(owner.Person))),
                ])));
            }

            merges.AddRange(Merge(rows, first, ['A', 'B']));
        }

        if (campaign.BonusRule is { } bonus)
        {
            var first = rows.Count + 1;
            rows.AddRange(bonus.Owners.Select((owner, index) => new[]
            {
                string.Empty, index == 0 ? bonus.Name : string.Empty, index == 0 ? $"{bonus.Text}注：{bonus.Note}" : string.Empty,
                string.Join(" ", bonus.Methods), owner.Department, Pad(owner.Person),
            }));
            merges.Add($"B{first}:B{rows.Count}");
            merges.Add($"C{first}:C{rows.Count}");
        }

        return WithMerges(rows, merges);
    }

    /// <summary>Blanks what a merge hides (Excel keeps only the top-left value) and returns the ranges.</summary>
    private static IEnumerable<string> Merge(List<string[]> rows, int first, char[] columns)
    {
        var last = rows.Count;
        foreach (var column in columns)
        {
            if (last > first) yield return $"{column}{first}:{column}{last}";
            for (var row = first + 1; row <= last; row++) rows[row - 1][column - 'A'] = string.Empty;
        }

        // The owner columns merge over runs of rows that share methods, departments and people.
        for (var start = first; start <= last;)
        {
            var end = start;
            while (end < last && rows[end].AsSpan(3).SequenceEqual(rows[start - 1].AsSpan(3))) end++;
            for (var row = start + 1; row <= end; row++) foreach (var index in new[] { 3, 4, 5 }) rows[row - 1][index] = string.Empty;
            if (end > start) foreach (var column in "DEF") yield return $"{column}{start}:{column}{end}";
            start = end + 1;
        }
    }

    private static string Pad(string name) => name.Length == 2 ? $"{name[0]} {name[1]}" : name;

    private static byte[] WithMerges(List<string[]> rows, List<string> merges)
    {
        var data = rows.Select(row => row.Select((value, index) => (Key: ((char)('A' + index)).ToString(), Value: (object)value))
            .ToDictionary(pair => pair.Key, pair => pair.Value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(data, printHeader: false);
        return AddMerges(stream.ToArray(), merges);
    }

    // MiniExcel writes no merged cells, so the ranges go into the sheet XML the way Excel stores them.
    private static byte[] AddMerges(byte[] xlsx, List<string> merges)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
            var prefix = xml.Contains("</x:sheetData>", StringComparison.Ordinal) ? "x:" : string.Empty;
            var ranges = string.Concat(merges.Select(range => $"<{prefix}mergeCell ref=\"{range}\"/>"));
            xml = xml.Replace($"</{prefix}sheetData>", $"</{prefix}sheetData><{prefix}mergeCells count=\"{merges.Count}\">{ranges}</{prefix}mergeCells>", StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return stream.ToArray();
    }
}
