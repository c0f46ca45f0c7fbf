global using CivilityBot.Conversations;
global using CivilityBot.Knowledge;
global using CivilityBot.Outreach;
global using CivilityBot.People;
global using CivilityBot.Protocol.Pacing;
global using CivilityBot.Turns;
