using CivilityBot.Cards.Checklists;
using CivilityBot.Conversations;

namespace CivilityBot.Checklists;

/// <summary>The status card of a checklist send in each of its states.</summary>
public static class SendStatusComposer
{
    public static ComposedCard Compose(ChecklistSendBatch batch)
    {
        var language = batch.Language;
        var notSent = batch.Deliveries.Where(delivery => delivery.State is DeliveryState.Unreachable or DeliveryState.Failed).ToList();
        var summary = batch.State switch
        {
            SendBatchState.Cancelled => SendTexts.Cancelled(language),
            SendBatchState.Confirmed => SendTexts.Running(language),
            SendBatchState.Finished => SendTexts.Finished(batch.Deliveries.Count(delivery => delivery.State == DeliveryState.Sent), notSent.Count, language),
            _ => SendTexts.PreviewSummary(batch.Deliveries.Count, 0, language),
        };
        var lines = notSent.Select(delivery => SendTexts.Unreachable(delivery.Person, delivery.Reason, language)).ToList();
        var card = SendCards.Status(new SendStatusModel(SendTexts.Title(language), summary, lines, notSent.Count > 0));
        return new ComposedCard(card, summary);
    }

    public static ComposedCard Started(ChecklistSendBatch batch)
    {
        var summary = SendTexts.Started(batch.Deliveries.Count, batch.Language);
        return new ComposedCard(SendCards.Status(new SendStatusModel(SendTexts.Title(batch.Language), summary, [], false)), summary);
    }
}
