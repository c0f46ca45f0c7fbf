using System.Globalization;
using System.Text.RegularExpressions;
using CivilityBot.Conversations;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Evidence;

/// <summary>
/// 佐证要求 16.1 [照片2] [文件1] [说明|无说明] [默认]: coordinators set what counts as enough evidence for a
/// sub-criterion; without settings it shows the requirement in force. Audited.
/// </summary>
public sealed partial class RequirementCommand(
    IPlan plan, EvidenceLedger ledger, IEvidenceReviewStore reviews, IEvidenceStore files, TimeProvider time)
    : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = Pattern().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is not { } coordinator)
        {
            return true;
        }

        var id = match.Groups["id"].Value;
        if (plan.Current.IndicatorOf(id) is not { } indicator)
        {
            await message.ReplyTextAsync($"没有找到子项 {id}。请写子项编号，例如：佐证要求 16.1 照片2 文件1 说明", cancellationToken);
            return true;
        }

        var settings = match.Groups["settings"].Value.Trim();
        var reply = settings.Length == 0 ? Describe("当前要求", ledger.RequirementOf(id))
            : Parse(id, settings, indicator) is { } requirement ? Set(requirement with { SetBy = coordinator, SetAt = time.GetUtcNow() })
            : "没看懂要求。写法：佐证要求 16.1 照片2 文件1 说明（或「无说明」「默认」）。本次未做任何更改。";
        await message.ReplyTextAsync(reply, cancellationToken);
        return true;
    }

    /// <summary>The requirement the settings words give, starting from the current one; null when a word is unknown.</summary>
    private EvidenceRequirement? Parse(string id, string settings, Indicator indicator)
    {
        var requirement = ledger.RequirementOf(id);
        foreach (var word in settings.Split([' ', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries))
        {
            var setting = Setting().Match(word);
            if (!setting.Success)
            {
                return null;
            }

            var count = setting.Groups["n"].Success ? int.Parse(setting.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
            requirement = setting.Groups["what"].Value switch
            {
                "照片" or "图片" => requirement with { Photos = count },
                "文件" or "文档" or "材料" => requirement with { Documents = count },
                "说明" => requirement with { Description = true },
                "无说明" or "不要说明" => requirement with { Description = false },
                _ => EvidenceLedger.DefaultFor(id, indicator),
            };
        }

        return requirement;
    }

    private string Set(EvidenceRequirement requirement)
    {
        reviews.SetRequirement(requirement);
        var text = Describe("已设置", requirement);
        files.AppendAudit(new EvidenceAuditEntry
        {
            SubCriterionId = requirement.Id,
            Action = EvidenceAuditActions.Requirement,
            Actor = requirement.SetBy!,
            At = requirement.SetAt!.Value,
            Detail = text,
        });
        return text;
    }

    private static string Describe(string lead, EvidenceRequirement requirement)
    {
        var parts = new List<string>();
        if (requirement.Photos > 0) parts.Add($"至少 {requirement.Photos} 张照片");
        if (requirement.Documents > 0) parts.Add($"至少 {requirement.Documents} 份文件");
        if (requirement.Description) parts.Add("文字说明（清单上的佐证说明）");
        var what = parts.Count == 0 ? "不要求佐证" : string.Join("、", parts);
        var source = requirement.SetBy is null ? "（按测评方式的默认要求）" : $"（{requirement.SetBy} 设置）";
        return $"{requirement.Id} 佐证{lead}：{what}{source}";
    }

    [GeneratedRegex(@"^(?:设置)?佐证要求\s*(?<id>\d+\.\d+)(?<settings>.*?)[\s。]*$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<what>照片|图片|文件|文档|材料|说明|无说明|不要说明|默认)(?<n>\d{1,2})?(?:张|份|个)?$")]
    private static partial Regex Setting();
}
