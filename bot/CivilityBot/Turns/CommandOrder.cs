namespace CivilityBot.Turns;

/// <summary>
/// The one ordered table of chat commands: the pipeline tries them from the lowest slot up, then answers the text as a
/// question. A command whose pattern could also match a later one's text must sit before it. Two registrations of one
/// slot stop the service at start-up.
/// </summary>
public enum CommandOrder
{
    Roster = 100,
    Link = 110,
    CoordinatorRole = 120,
    ChatFile = 130,
    RosterImport = 140,
    MyChecklist = 200,
    Progress = 210,
    Ledger = 220,
    SendChecklists = 230,
    ViewChecklist = 240,
    EvidenceRequirement = 250,
    EvidenceFiles = 260,
    ReminderHistory = 300,
    CancelReminder = 310,
    ReminderSchedule = 320,
    ComposeReminder = 330,
    PlanCorrection = 400,
    PlanRevert = 410,
    PlanHistory = 420,
    StartRound = 430,
    ImportTaskTable = 440,
    RoundList = 450,
    RoundLedger = 460,
}
