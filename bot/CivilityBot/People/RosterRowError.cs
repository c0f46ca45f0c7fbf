namespace CivilityBot.People;

/// <summary>A row left out of an import and why (Chinese): <see cref="Line"/> as a spreadsheet shows it, 0 for the whole file.</summary>
public sealed record RosterRowError(int Line, string Name, string Reason)
{
    /// <summary>"第 5 行 宋伟：邮箱「abc」不是有效的邮箱地址" (or the reason alone for the whole file).</summary>
    public string Describe() => Line == 0 ? Reason : Name.Length > 0 ? $"第 {Line} 行 {Name}：{Reason}" : $"第 {Line} 行：{Reason}";
}
