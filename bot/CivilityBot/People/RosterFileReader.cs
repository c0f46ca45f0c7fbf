using System.Net.Mail;
using System.Text;
using MiniExcelLibs;

namespace CivilityBot.People;

/// <summary>
/// Reads a staff list (.xlsx or .csv) with MiniExcel: a header row naming 姓名, 科室 (or 部门), 邮箱 (or UPN, 电子邮箱)
/// and optionally 角色, then one person per row. A .csv may be UTF-8 (with or without BOM) or GB18030/GBK, which is
/// what Excel saves on a Chinese Windows. Rows that cannot be taken are reported with their line number, never guessed.
/// </summary>
public static class RosterFileReader
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["姓名"] = Name, ["名字"] = Name, ["name"] = Name,
        ["科室"] = Department, ["部门"] = Department, ["处室"] = Department, ["department"] = Department,
        ["邮箱"] = Address, ["电子邮箱"] = Address, ["邮件"] = Address, ["email"] = Address, ["e-mail"] = Address, ["upn"] = Address, ["账号"] = Address,
        ["角色"] = Role, ["职务"] = Role, ["role"] = Role,
    };

    private const string Name = "姓名";
    private const string Department = "科室";
    private const string Address = "邮箱";
    private const string Role = "角色";

    static RosterFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The rows of <paramref name="content"/> (the whole file, already size-checked); <paramref name="csv"/> picks the format.</summary>
    public static RosterFile Read(byte[] content, bool csv, int maxRows)
    {
        try
        {
            using var stream = new MemoryStream(csv ? AsUtf8(content) : content);
            var rows = MiniExcel.Query(stream, useHeaderRow: false, excelType: csv ? ExcelType.CSV : ExcelType.XLSX)
                .Cast<IDictionary<string, object?>>().Take(maxRows + 2).ToList();
            return rows.Count > maxRows + 1 ? RosterFile.Unusable(RosterImportTexts.TooManyRows(maxRows)) : FromRows(rows);
        }
        // The file is untrusted input to a third-party parser: whatever it throws on a damaged file means "cannot be read".
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return RosterFile.Unusable(RosterImportTexts.Unreadable);
        }
    }

    private static RosterFile FromRows(List<IDictionary<string, object?>> rows)
    {
        var header = rows.Count == 0 ? null : Header(rows[0]);
        if (header is null || rows.Count == 1)
        {
            return RosterFile.Unusable(RosterImportTexts.EmptyFile);
        }

        var missing = new[] { Name, Department, Address }.Where(column => !header.ContainsValue(column)).ToList();
        if (missing.Count > 0)
        {
            return RosterFile.Unusable(RosterImportTexts.MissingColumns(missing));
        }

        var good = new List<RosterFileRow>();
        var errors = new List<RosterRowError>();
        for (var index = 1; index < rows.Count; index++)
        {
            Take(index + 1, Cells(rows[index], header), good, errors);
        }

        return Deduplicate(good, errors);
    }

    /// <summary>Column key → our column name, for the header cells we know; null when the row has no known header at all.</summary>
    private static Dictionary<string, string>? Header(IDictionary<string, object?> row)
    {
        var header = row
            .Select(cell => (cell.Key, Name: Columns.GetValueOrDefault(Clean(cell.Value).Replace(" ", "", StringComparison.Ordinal))))
            .Where(cell => cell.Name is not null)
            .GroupBy(cell => cell.Name!).ToDictionary(group => group.First().Key, group => group.Key);
        return header.Count == 0 ? null : header;
    }

    private static Dictionary<string, string> Cells(IDictionary<string, object?> row, Dictionary<string, string> header) =>
        header.ToDictionary(column => column.Value, column => Clean(row.TryGetValue(column.Key, out var value) ? value : null));

    private static void Take(int line, Dictionary<string, string> cells, List<RosterFileRow> good, List<RosterRowError> errors)
    {
        var name = cells[Name].Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
        if (cells.Values.All(value => value.Length == 0))
        {
            return; // a blank line
        }

        var reason = name.Length == 0 ? RosterImportTexts.NoName
            : cells[Address].Length == 0 ? RosterImportTexts.NoAddress
            : !IsAddress(cells[Address]) ? RosterImportTexts.BadAddress(cells[Address])
            : null;
        if (reason is not null)
        {
            errors.Add(new RosterRowError(line, name, reason));
            return;
        }

        good.Add(new RosterFileRow(line, new RosterEntry { Id = name, Department = cells[Department], Address = cells[Address], Role = cells.GetValueOrDefault(Role, "") }));
    }

    /// <summary>A name on two or more rows is left out on all of them: the file does not say which row is right.</summary>
    private static RosterFile Deduplicate(List<RosterFileRow> good, List<RosterRowError> errors)
    {
        var twice = good.GroupBy(row => row.Entry.Id).Where(group => group.Count() > 1).ToList();
        foreach (var group in twice)
        {
            var lines = string.Join("、", group.Select(row => row.Line));
            errors.AddRange(group.Select(row => new RosterRowError(row.Line, row.Entry.Id, RosterImportTexts.DuplicateName(lines))));
        }

        var kept = good.Where(row => !twice.Any(group => group.Key == row.Entry.Id)).ToList();
        return new RosterFile(kept, [.. errors.OrderBy(error => error.Line)]);
    }

    private static bool IsAddress(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    private static string Clean(object? value) => (Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "").Trim();

    /// <summary>UTF-8 as is (BOM dropped); anything that is not valid UTF-8 is read as GB18030 (a superset of GBK and GB2312).</summary>
    private static byte[] AsUtf8(byte[] content)
    {
        var body = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? content[3..] : content;
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
            return body;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetBytes(Encoding.GetEncoding("GB18030").GetString(body));
        }
    }
}
