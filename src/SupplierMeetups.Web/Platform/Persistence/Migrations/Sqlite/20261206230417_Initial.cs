using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierMeetups.Web.Platform.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "badges_Badges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Booth = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_badges_Badges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_Gates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Gates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_KioskPrints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PrintedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KioskUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KioskName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_KioskPrints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_KioskSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Paper = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ReprintLimit = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_KioskSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "checkin_Leads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CapturedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CapturedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NoteChangedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Leads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkin_MeetingArrivals",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ScannedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_MeetingArrivals", x => new { x.MeetingId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "checkin_MeetingNoShows",
                columns: table => new
                {
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimeMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupplierMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_MeetingNoShows", x => x.MeetingId);
                });

            migrationBuilder.CreateTable(
                name: "checkin_Presences",
                columns: table => new
                {
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BadgeType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Inside = table.Column<bool>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstAdmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEntryAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastEntryGateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastEntryStaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LastExitAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Presences", x => x.BadgeId);
                });

            migrationBuilder.CreateTable(
                name: "checkin_Scans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    GateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BadgeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BadgeType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Sample = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ScannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Offline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Conflict = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkin_Scans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameTr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionTr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothProposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", maxLength: 2147483647, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothProposals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PreferredHall = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NearFirmIds = table.Column<string>(type: "TEXT", nullable: false),
                    CompetitorFirmIds = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_Booths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HallName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    X = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Y = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Width = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Depth = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Restriction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_Booths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_ExhibitionSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AllowSeveralBoothsPerFirm = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldHours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_ExhibitionSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "identity_RefreshToken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_RefreshToken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LookupId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_ApiKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_IntegrationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BusPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BusNextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BusClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    BusAttempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_IntegrationEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntegrationEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriptionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Replays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_WebhookDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_WebhookSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EventTypes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_WebhookSubscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_AgendaReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_AgendaReminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Availabilities",
                columns: table => new
                {
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnavailableSlots = table.Column<string>(type: "TEXT", nullable: false),
                    DesksAtOnce = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Availabilities", x => x.ParticipationId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_MeetingRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PreferredSlot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryNotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Table = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnscheduledReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedSlot = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PublishedTable = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_MeetingRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Needs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TitleTr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionTr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Capabilities = table.Column<string>(type: "TEXT", nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Needs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Outcomes",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Held = table.Column<bool>(type: "INTEGER", nullable: false),
                    Nda = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestForQuotation = table.Column<bool>(type: "INTEGER", nullable: false),
                    SiteVisit = table.Column<bool>(type: "INTEGER", nullable: false),
                    PortalRegistration = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Outcomes", x => new { x.RequestId, x.ParticipationId });
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_PrimeDesks",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TableCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PrimeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_PrimeDesks", x => new { x.EventId, x.TableCode });
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Schedules",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Gaps = table.Column<int>(type: "INTEGER", nullable: false),
                    UpperBound = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Schedules", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "matchmaking_Settings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestDeadline = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryHours = table.Column<int>(type: "INTEGER", nullable: false),
                    QuotaPerParticipant = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matchmaking_Settings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "platform_AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "platform_OutgoingEmails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToAddress = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TextBody = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attachments = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_OutgoingEmails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_Capabilities",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NameTr = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Capabilities", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "registration_ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ConsentTextId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IpAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnonymizedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_ConsentRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_ConsentTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_ConsentTexts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_Firms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Website = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: false),
                    FoundedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    ExportSharePercent = table.Column<int>(type: "INTEGER", nullable: true),
                    ExportMarkets = table.Column<string>(type: "TEXT", nullable: false),
                    PartnershipsAbroad = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Sectors = table.Column<string>(type: "TEXT", nullable: false),
                    Capabilities = table.Column<string>(type: "TEXT", nullable: false),
                    LogoFileName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false),
                    Qualifications = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Firms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_Participations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ContactUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BoothRequest = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmissionToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Participations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_PeopleLimits",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Exhibitor = table.Column<int>(type: "INTEGER", nullable: false),
                    Supplier = table.Column<int>(type: "INTEGER", nullable: false),
                    Prime = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_PeopleLimits", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "registration_Visitors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ShareContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    KioskCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    WalkIn = table.Column<bool>(type: "INTEGER", nullable: false),
                    IdentityKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ProtectedIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BadgeStatus = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_Visitors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_VisitorSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequireIdentityNumber = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_VisitorSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "events_Halls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_Halls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_Halls_events_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events_MeetingDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SlotMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Breaks = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_MeetingDays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_MeetingDays_events_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events_MeetingTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HallName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_MeetingTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_MeetingTables_events_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exhibition_BoothAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoothId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirmId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exhibition_BoothAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exhibition_BoothAssignments_exhibition_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "exhibition_Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_AspNetRoleClaims_identity_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "identity_AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_AspNetUserClaims_identity_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_identity_AspNetUserLogins_identity_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_identity_AspNetUserRoles_identity_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "identity_AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_identity_AspNetUserRoles_identity_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "identity_AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_identity_AspNetUserTokens_identity_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_badges_Badges_EventId_HolderKind_HolderId",
                table: "badges_Badges",
                columns: new[] { "EventId", "HolderKind", "HolderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_badges_Badges_HolderUserId",
                table: "badges_Badges",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Gates_EventId_Name",
                table: "checkin_Gates",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_KioskPrints_BadgeId_Sequence",
                table: "checkin_KioskPrints",
                columns: new[] { "BadgeId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_KioskPrints_EventId_Nonce",
                table: "checkin_KioskPrints",
                columns: new[] { "EventId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_KioskPrints_EventId_PrintedAt",
                table: "checkin_KioskPrints",
                columns: new[] { "EventId", "PrintedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Leads_EventId",
                table: "checkin_Leads",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Leads_ParticipationId_VisitorId",
                table: "checkin_Leads",
                columns: new[] { "ParticipationId", "VisitorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Leads_VisitorId",
                table: "checkin_Leads",
                column: "VisitorId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_MeetingArrivals_EventId",
                table: "checkin_MeetingArrivals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_MeetingNoShows_EventId",
                table: "checkin_MeetingNoShows",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Presences_EventId_Inside",
                table: "checkin_Presences",
                columns: new[] { "EventId", "Inside" });

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Scans_BadgeId",
                table: "checkin_Scans",
                column: "BadgeId");

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Scans_EventId_Nonce",
                table: "checkin_Scans",
                columns: new[] { "EventId", "Nonce" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkin_Scans_EventId_Result",
                table: "checkin_Scans",
                columns: new[] { "EventId", "Result" });

            migrationBuilder.CreateIndex(
                name: "IX_events_Halls_EventId_Name",
                table: "events_Halls",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_MeetingDays_EventId_Date",
                table: "events_MeetingDays",
                columns: new[] { "EventId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_MeetingTables_EventId_Code",
                table: "events_MeetingTables",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothAssignments_BoothId",
                table: "exhibition_BoothAssignments",
                column: "BoothId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothAssignments_EventId_FirmId",
                table: "exhibition_BoothAssignments",
                columns: new[] { "EventId", "FirmId" });

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothProposals_EventId",
                table: "exhibition_BoothProposals",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_BoothRequests_EventId_FirmId",
                table: "exhibition_BoothRequests",
                columns: new[] { "EventId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exhibition_Booths_EventId_Code",
                table: "exhibition_Booths",
                columns: new[] { "EventId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_AspNetRoleClaims_RoleId",
                table: "identity_AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "identity_AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_AspNetUserClaims_UserId",
                table: "identity_AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_AspNetUserLogins_UserId",
                table: "identity_AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_AspNetUserRoles_RoleId",
                table: "identity_AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "identity_AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "identity_AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_RefreshToken_FamilyId",
                table: "identity_RefreshToken",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_identity_RefreshToken_UserId",
                table: "identity_RefreshToken",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_integrations_ApiKeys_EventId_Name",
                table: "integrations_ApiKeys",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_ApiKeys_LookupId",
                table: "integrations_ApiKeys",
                column: "LookupId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_IntegrationEvents_BusPublishedAt_BusNextAttemptAt",
                table: "integrations_IntegrationEvents",
                columns: new[] { "BusPublishedAt", "BusNextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_IntegrationEvents_EventId_OccurredAt",
                table: "integrations_IntegrationEvents",
                columns: new[] { "EventId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_WebhookDeliveries_DeliveredAt_FailedAt_NextAttemptAt",
                table: "integrations_WebhookDeliveries",
                columns: new[] { "DeliveredAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_WebhookDeliveries_EventId_CreatedAt",
                table: "integrations_WebhookDeliveries",
                columns: new[] { "EventId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_WebhookDeliveries_IntegrationEventId_SubscriptionId",
                table: "integrations_WebhookDeliveries",
                columns: new[] { "IntegrationEventId", "SubscriptionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_WebhookSubscriptions_EventId_Name",
                table: "integrations_WebhookSubscriptions",
                columns: new[] { "EventId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_AgendaReminders_EventId_Day_ParticipationId",
                table: "matchmaking_AgendaReminders",
                columns: new[] { "EventId", "Day", "ParticipationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Availabilities_EventId",
                table: "matchmaking_Availabilities",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_PrimeId",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_Status",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_MeetingRequests_EventId_SupplierId",
                table: "matchmaking_MeetingRequests",
                columns: new[] { "EventId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Needs_EventId_PrimeId",
                table: "matchmaking_Needs",
                columns: new[] { "EventId", "PrimeId" });

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_Outcomes_EventId",
                table: "matchmaking_Outcomes",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_matchmaking_PrimeDesks_PrimeId",
                table: "matchmaking_PrimeDesks",
                column: "PrimeId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditEntries_Action_At",
                table: "platform_AuditEntries",
                columns: new[] { "Action", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditEntries_At",
                table: "platform_AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_platform_AuditEntries_EventId_At",
                table: "platform_AuditEntries",
                columns: new[] { "EventId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_OutgoingEmails_SentAt_FailedAt_NextAttemptAt",
                table: "platform_OutgoingEmails",
                columns: new[] { "SentAt", "FailedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_ConsentRecords_EventId",
                table: "registration_ConsentRecords",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_ConsentRecords_PersonKind_PersonId",
                table: "registration_ConsentRecords",
                columns: new[] { "PersonKind", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_ConsentTexts_EventId_Language_Version",
                table: "registration_ConsentTexts",
                columns: new[] { "EventId", "Language", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_Firms_SearchText",
                table: "registration_Firms",
                column: "SearchText");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Firms_TaxNumber",
                table: "registration_Firms",
                column: "TaxNumber");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Participations_ContactUserId",
                table: "registration_Participations",
                column: "ContactUserId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Participations_EventId_FirmId",
                table: "registration_Participations",
                columns: new[] { "EventId", "FirmId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_Participations_SubmissionToken",
                table: "registration_Participations",
                column: "SubmissionToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_People_FirmId",
                table: "registration_People",
                column: "FirmId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_People_ParticipationId",
                table: "registration_People",
                column: "ParticipationId");

            migrationBuilder.CreateIndex(
                name: "IX_registration_Visitors_EventId_KioskCode",
                table: "registration_Visitors",
                columns: new[] { "EventId", "KioskCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_Visitors_EventId_NormalizedEmail",
                table: "registration_Visitors",
                columns: new[] { "EventId", "NormalizedEmail" },
                unique: true);
            // Audit entries cannot be changed or deleted, by the application or anyone with its database login.
            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.SqliteUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SupplierMeetups.Web.Platform.Audit.AuditTriggers.SqliteDown);

            migrationBuilder.DropTable(
                name: "badges_Badges");

            migrationBuilder.DropTable(
                name: "checkin_Gates");

            migrationBuilder.DropTable(
                name: "checkin_KioskPrints");

            migrationBuilder.DropTable(
                name: "checkin_KioskSettings");

            migrationBuilder.DropTable(
                name: "checkin_Leads");

            migrationBuilder.DropTable(
                name: "checkin_MeetingArrivals");

            migrationBuilder.DropTable(
                name: "checkin_MeetingNoShows");

            migrationBuilder.DropTable(
                name: "checkin_Presences");

            migrationBuilder.DropTable(
                name: "checkin_Scans");

            migrationBuilder.DropTable(
                name: "events_Halls");

            migrationBuilder.DropTable(
                name: "events_MeetingDays");

            migrationBuilder.DropTable(
                name: "events_MeetingTables");

            migrationBuilder.DropTable(
                name: "exhibition_BoothAssignments");

            migrationBuilder.DropTable(
                name: "exhibition_BoothProposals");

            migrationBuilder.DropTable(
                name: "exhibition_BoothRequests");

            migrationBuilder.DropTable(
                name: "exhibition_ExhibitionSettings");

            migrationBuilder.DropTable(
                name: "identity_AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "identity_AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "identity_AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "identity_AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "identity_AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "identity_RefreshToken");

            migrationBuilder.DropTable(
                name: "integrations_ApiKeys");

            migrationBuilder.DropTable(
                name: "integrations_IntegrationEvents");

            migrationBuilder.DropTable(
                name: "integrations_WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "integrations_WebhookSubscriptions");

            migrationBuilder.DropTable(
                name: "matchmaking_AgendaReminders");

            migrationBuilder.DropTable(
                name: "matchmaking_Availabilities");

            migrationBuilder.DropTable(
                name: "matchmaking_MeetingRequests");

            migrationBuilder.DropTable(
                name: "matchmaking_Needs");

            migrationBuilder.DropTable(
                name: "matchmaking_Outcomes");

            migrationBuilder.DropTable(
                name: "matchmaking_PrimeDesks");

            migrationBuilder.DropTable(
                name: "matchmaking_Schedules");

            migrationBuilder.DropTable(
                name: "matchmaking_Settings");

            migrationBuilder.DropTable(
                name: "platform_AuditEntries");

            migrationBuilder.DropTable(
                name: "platform_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "platform_OutgoingEmails");

            migrationBuilder.DropTable(
                name: "registration_Capabilities");

            migrationBuilder.DropTable(
                name: "registration_ConsentRecords");

            migrationBuilder.DropTable(
                name: "registration_ConsentTexts");

            migrationBuilder.DropTable(
                name: "registration_Firms");

            migrationBuilder.DropTable(
                name: "registration_Participations");

            migrationBuilder.DropTable(
                name: "registration_People");

            migrationBuilder.DropTable(
                name: "registration_PeopleLimits");

            migrationBuilder.DropTable(
                name: "registration_Visitors");

            migrationBuilder.DropTable(
                name: "registration_VisitorSettings");

            migrationBuilder.DropTable(
                name: "events_Events");

            migrationBuilder.DropTable(
                name: "exhibition_Booths");

            migrationBuilder.DropTable(
                name: "identity_AspNetRoles");

            migrationBuilder.DropTable(
                name: "identity_AspNetUsers");
        }
    }
}
