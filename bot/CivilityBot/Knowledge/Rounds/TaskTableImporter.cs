using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// Reads the task breakdown table (任务分解表) that the office keeps as an .xlsx: columns 序号 / 考评内容 / 考评标准 /
/// 考评方式 / 责任科室 / 责任人, merged cells, a title row above the header allowed, points written "（2分）" inside the
/// text. Returns a validation report and a proposed campaign built on <c>current</c> (its document, phases, groups and
/// roster); applies nothing. The spreadsheet is read with MiniExcel (merged cells filled), never parsed by hand.
/// </summary>
public static class TaskTableImporter
{
    /// <summary>The columns the table must have, as printed in the 2023 plan's Attachment 2.</summary>
    public static readonly IReadOnlyList<string> Columns = ["序号", "考评内容", "考评标准", "考评方式", "责任科室", "责任人"];

    /// <summary>
    /// Reads the first sheet of <paramref name="xlsx"/>. Never throws for a bad file: a stream that is not an .xlsx,
    /// an empty sheet, a missing column or a table without points is an error in the report, with no proposal.
    /// </summary>
    public static TaskTableImport Read(Stream xlsx, Campaign current)
    {
        List<IDictionary<string, object?>> cells;
        try
        {
            var configuration = new OpenXmlConfiguration { FillMergedCells = true };
            cells = [.. xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration).Cast<IDictionary<string, object?>>()];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return TaskTableImport.Failed(Error("文件不是可读取的Excel表格（.xlsx）。", "The file is not a readable Excel workbook (.xlsx)."));
        }

        if (cells.All(row => row.Values.All(value => string.IsNullOrWhiteSpace(Text(value)))))
        {
            return TaskTableImport.Failed(Error("表格是空的。", "The sheet is empty."));
        }

        var header = cells.FindIndex(row => row.Values.Any(value => Header(value) == "考评标准"));
        var columns = header < 0 ? [] : ColumnsOf(cells[header]);
        var missing = Columns.Where(column => !columns.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            return TaskTableImport.Failed(Error($"缺少列：{string.Join("、", missing)}。表头应为：{string.Join(" / ", Columns)}。",
                $"Missing column(s): {string.Join(", ", missing)}. The header must read: {string.Join(" / ", Columns)}."));
        }

        var rows = cells.Skip(header + 1).Select((row, index) => Row(row, columns, header + index + 2))
            .Where(row => !string.IsNullOrWhiteSpace(row.Criteria + row.Content + row.Number)).ToList();
        return rows.Count == 0
            ? TaskTableImport.Failed(Error("表格只有表头，没有任何指标。", "The sheet has a header but no indicators."))
            : new TaskTableBuilder(current).Build(rows);
    }

    private static ImportFinding Error(string chinese, string english) => new(ImportSeverity.Error, chinese, english);

    private static Dictionary<string, string> ColumnsOf(IDictionary<string, object?> row) =>
        row.Where(pair => Columns.Contains(Header(pair.Value))).GroupBy(pair => Header(pair.Value))
            .ToDictionary(group => group.Key, group => group.First().Key);

    private static TaskTableRow Row(IDictionary<string, object?> row, Dictionary<string, string> columns, int number)
    {
        string Cell(string column) => Text(row.TryGetValue(columns[column], out var value) ? value : null).Trim();
        return new TaskTableRow(number, Cell("序号"), Cell("考评内容"), Cell("考评标准"), Cell("考评方式"), Cell("责任科室"), Cell("责任人"));
    }

    private static string Header(object? value) => string.Concat(Text(value).Where(character => !char.IsWhiteSpace(character)));

    private static string Text(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
}
