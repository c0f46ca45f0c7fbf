using System.Text;
using MiniExcelLibs;

namespace CivilityBot.Tests.People;

/// <summary>Staff list files made with MiniExcel (.xlsx) or as Excel saves them (.csv, UTF-8 with BOM or GBK).</summary>
internal static class RosterFiles
{
    static RosterFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>An .xlsx whose first row is <paramref name="header"/> and then one row per <paramref name="rows"/>.</summary>
    public static byte[] Xlsx(string[] header, params string[][] rows)
    {
        var sheet = rows.Select(row => header.Select((column, index) => (column, value: (object)row[index])).ToDictionary(cell => cell.column, cell => cell.value)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A .csv of <paramref name="lines"/> (already comma-separated) in UTF-8 with BOM, or GBK when <paramref name="gbk"/>.</summary>
    public static byte[] Csv(bool gbk, params string[] lines)
    {
        var text = string.Join("\r\n", lines) + "\r\n";
        return gbk ? Encoding.GetEncoding("GBK").GetBytes(text) : [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];
    }

    public static readonly string[] Header = ["姓名", "科室", "邮箱", "角色"];
}
