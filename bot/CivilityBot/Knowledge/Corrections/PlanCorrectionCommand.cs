using CivilityBot.People;
using CivilityBot.Turns;

namespace CivilityBot.Knowledge.Corrections;

/// <summary>
/// 更换责任人 / 科室改名 / 修改阶段日期 / 确认读法 (coordinators only): shows old → new on a preview card and changes
/// nothing; the card's 确认更正 button applies it (<see cref="PlanCardActions"/>). A malformed or inapplicable
/// correction gets a Chinese reason. 更正帮助 lists the commands.
/// </summary>
public sealed class PlanCorrectionCommand(PlanState plan, PlanCardComposer cards) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        if (PlanCommandPatterns.Help().IsMatch(message.Text))
        {
            return await MessageTurn.Handled(message.ReplyCardAsync(PlanTexts.HelpSummary, PlanCardComposer.Help(), cancellationToken));
        }

        var version = plan.Version;
        var campaign = plan.Current;
        if (PlanCorrectionReader.Read(campaign, message.Text) is not { } read)
        {
            return false;
        }

        if (await message.RequireCoordinatorAsync(ReplyLanguage.Chinese, cancellationToken) is null)
        {
            return true;
        }

        if (read.Correction is not { } correction)
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(PlanTexts.Refused(read.Problem!), cancellationToken));
        }

        var result = PlanCorrections.Apply(campaign, correction);
        return result.Problem is { } problem
            ? await MessageTurn.Handled(message.ReplyTextAsync(PlanTexts.Refused(problem), cancellationToken))
            : await MessageTurn.Handled(message.ReplyCardAsync(PlanTexts.PreviewText(correction, result), cards.Preview(correction, result, version), cancellationToken));
    }
}
