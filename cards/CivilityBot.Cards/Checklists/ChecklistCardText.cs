namespace CivilityBot.Cards.Checklists;

/// <summary>The fixed words of a checklist card in one language.</summary>
public sealed record ChecklistCardText(string Save, string Previous, string Next, string Refresh, string EvidencePlaceholder, string DoneSuffix)
{
    public static ChecklistCardText Chinese { get; } = new("保存", "上一页", "下一页", "刷新", "佐证材料说明或链接（可选）", "已完成");

    public static ChecklistCardText English { get; } = new("Save", "Previous", "Next", "Refresh", "Evidence note or link (optional)", "done")
    {
        Upload = "Upload evidence",
        ChatUpload = "Send in chat",
        Accept = "Accept",
        Return = "Return",
        CommentPlaceholder = "Review comment (required to return)",
    };

    /// <summary>The button opening the upload page.</summary>
    public string Upload { get; init; } = "上传佐证";

    /// <summary>The button that makes the next files sent in personal chat this item's evidence.</summary>
    public string ChatUpload { get; init; } = "在聊天中发送";

    public string Accept { get; init; } = "通过";

    public string Return { get; init; } = "退回";

    public string CommentPlaceholder { get; init; } = "审核意见（退回时必填）";
}
